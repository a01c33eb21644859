using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;
using Xunit;

namespace DeviceFirmware.HostTests.Crypto
{
    /// <summary>
    /// The firmware's managed SHA-256 and base64url (what PKCE S256 runs on the device) checked
    /// against .NET's own implementations over many random inputs. Every input comes from a
    /// seeded <see cref="Random"/>, so a failure repeats exactly; the messages give seed and length.
    /// </summary>
    public class Sha256CrossCheckTests
    {
        /// <summary>Seed of every random input in the SHA-256 tests (FIPS 180-4).</summary>
        private const int Sha256Seed = 1804;

        /// <summary>Seed of every random input in the base64url tests (RFC 4648).</summary>
        private const int Base64UrlSeed = 4648;

        private const int MaxMessageLength = 1000;
        private const int MaxBase64Length = 300;

        [Fact]
        public void Hash_MatchesDotNetSha256_ForEveryLengthFrom0To1000()
        {
            Random random = new Random(Sha256Seed);
            for (int length = 0; length <= MaxMessageLength; length++)
            {
                byte[] message = RandomBytes(random, length);

                byte[] expected = SHA256.HashData(message);
                byte[] actual = Sha256.Hash(message);

                AssertSameDigest(expected, actual, $"Sha256.Hash of a random {length}-byte message (seed {Sha256Seed})");
            }
        }

        [Fact]
        public void Append_InRandomChunks_MatchesOneShot_ForEveryLengthFrom0To1000()
        {
            Random random = new Random(Sha256Seed + 1);
            for (int length = 0; length <= MaxMessageLength; length++)
            {
                byte[] message = RandomBytes(random, length);

                // The message sits at a random offset inside a bigger buffer of random junk, so a
                // wrong use of offset/count would hash the junk.
                int before = random.Next(0, 17);
                byte[] buffer = RandomBytes(random, before + length + random.Next(0, 17));
                Array.Copy(message, 0, buffer, before, length);

                Sha256 sha = new Sha256();
                StringBuilder chunks = new StringBuilder();
                int done = 0;
                while (done < length)
                {
                    // Chunks from 0 bytes (a no-op Append) to just over two blocks.
                    int take = Math.Min(random.Next(0, 140), length - done);
                    sha.Append(buffer, before + done, take);
                    chunks.Append(take).Append(' ');
                    done += take;
                }

                sha.Append(buffer, before + length, 0);
                byte[] actual = sha.Finish();

                AssertSameDigest(
                    SHA256.HashData(message),
                    actual,
                    $"Sha256.Append of a random {length}-byte message in chunks [{chunks.ToString().TrimEnd()}] (seed {Sha256Seed + 1})");
                AssertSameDigest(Sha256.Hash(message), actual, $"incremental vs one-shot Sha256.Hash, {length} bytes (seed {Sha256Seed + 1})");
            }
        }

        [Fact]
        public void OneMillionTimesA_InChunks_GivesTheFips180Vector()
        {
            // FIPS 180-4 / NIST example: SHA-256 of 1,000,000 repetitions of 'a'.
            const string Expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
            const int Total = 1000000;
            byte[] a = Enumerable.Repeat((byte)'a', 4096).ToArray();
            Random random = new Random(Sha256Seed + 2);

            Sha256 sha = new Sha256();
            int done = 0;
            int appends = 0;
            while (done < Total)
            {
                int take = Math.Min(random.Next(1, a.Length + 1), Total - done);
                sha.Append(a, 0, take);
                done += take;
                appends++;
            }

            string actual = Convert.ToHexStringLower(sha.Finish());

            Assert.True(
                actual == Expected,
                $"SHA-256 of one million 'a' fed in {appends} random chunks (seed {Sha256Seed + 2}): expected {Expected}, got {actual}");
            Assert.True(
                Convert.ToHexStringLower(SHA256.HashData(Enumerable.Repeat((byte)'a', Total).ToArray())) == Expected,
                "sanity: .NET's SHA256 disagrees with the FIPS 180-4 vector written in this test");
        }

        [Fact]
        public void Base64UrlEncode_MatchesDotNetBase64_WithUrlAlphabetAndNoPadding_ForLengths0To300()
        {
            Random random = new Random(Base64UrlSeed);
            for (int length = 0; length <= MaxBase64Length; length++)
            {
                byte[] data = RandomBytes(random, length);
                string expected = Convert.ToBase64String(data).Replace('+', '-').Replace('/', '_').TrimEnd('=');

                string actual = Base64Url.Encode(data);

                Assert.True(
                    expected == actual,
                    $"Base64Url.Encode of random {length} bytes (seed {Base64UrlSeed}): expected '{expected}', got '{actual}'");
                Assert.True(
                    Base64Url.EncodedLength(length) == expected.Length,
                    $"Base64Url.EncodedLength({length}) = {Base64Url.EncodedLength(length)}, but the encoding has {expected.Length} characters");
            }
        }

        [Fact]
        public void Base64UrlDecode_RoundTripsEncode_ForLengths0To300()
        {
            Random random = new Random(Base64UrlSeed + 1);
            for (int length = 0; length <= MaxBase64Length; length++)
            {
                byte[] data = RandomBytes(random, length);
                string text = Base64Url.Encode(data);

                byte[] decoded = Base64Url.Decode(text);

                Assert.True(
                    data.AsSpan().SequenceEqual(decoded),
                    $"Base64Url.Decode(Encode(x)) != x for random {length} bytes (seed {Base64UrlSeed + 1}): text '{text}', "
                    + $"expected {Convert.ToHexStringLower(data)}, got {Convert.ToHexStringLower(decoded)}");
            }
        }

        [Fact]
        public void Base64UrlEncodeTo_WritesTheSameCharactersAtTheOffset_AndNothingElse()
        {
            Random random = new Random(Base64UrlSeed + 2);
            for (int length = 0; length <= MaxBase64Length; length++)
            {
                byte[] data = RandomBytes(random, length);
                int offset = random.Next(0, 5);
                byte[] source = RandomBytes(random, offset + length + random.Next(0, 5));
                Array.Copy(data, 0, source, offset, length);
                string expected = Base64Url.Encode(data);
                int outputOffset = random.Next(0, 5);
                byte[] output = Enumerable.Repeat((byte)0xA5, outputOffset + expected.Length + 3).ToArray();

                Base64Url.EncodeTo(source, offset, length, output, outputOffset);

                string written = Encoding.ASCII.GetString(output, outputOffset, expected.Length);
                Assert.True(
                    expected == written,
                    $"Base64Url.EncodeTo of {length} bytes at offset {offset} (seed {Base64UrlSeed + 2}): expected '{expected}', wrote '{written}'");
                bool untouched = output.Take(outputOffset).Concat(output.Skip(outputOffset + expected.Length)).All(b => b == 0xA5);
                Assert.True(untouched, $"Base64Url.EncodeTo of {length} bytes wrote outside [{outputOffset}, {outputOffset + expected.Length}) (seed {Base64UrlSeed + 2})");
            }
        }

        private static byte[] RandomBytes(Random random, int length)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        private static void AssertSameDigest(byte[] expected, byte[] actual, string what)
        {
            Assert.True(
                expected.AsSpan().SequenceEqual(actual),
                $"{what}: expected {Convert.ToHexStringLower(expected)}, got {Convert.ToHexStringLower(actual)}");
        }
    }
}
