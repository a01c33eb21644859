using System;
using System.Security.Cryptography;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;
using DeviceFirmware.DeviceApi;
using Xunit;

namespace DeviceFirmware.HostTests.Crypto
{
    /// <summary>
    /// The firmware's HMAC-SHA256 (the device API's signature, on its own SHA-256) checked against .NET's
    /// <see cref="HMACSHA256"/> over random keys and messages of every size class: keys shorter than, equal to
    /// and longer than SHA-256's 64-byte block (hashed first), messages across block boundaries. Seeded, so a
    /// failure repeats; the message gives seed, key length and message length, never the bytes.
    /// </summary>
    public class HmacSha256CrossCheckTests
    {
        private const int Seed = 2104;

        [Fact]
        public void Compute_MatchesDotNetHmacSha256_OnRandomKeysAndMessages()
        {
            Random random = new Random(Seed);
            int[] keyLengths = { 0, 1, 20, 32, 63, 64, 65, 131, 200 };
            foreach (int keyLength in keyLengths)
            {
                for (int messageLength = 0; messageLength <= 300; messageLength += 7)
                {
                    byte[] key = RandomBytes(random, keyLength);
                    byte[] message = RandomBytes(random, messageLength);
                    byte[] expected = HMACSHA256.HashData(key, message);
                    byte[] actual = HmacSha256.Compute(key, message);
                    Assert.True(expected.AsSpan().SequenceEqual(actual), $"HMAC of a {messageLength}-byte message with a {keyLength}-byte key differs (seed {Seed})");
                }
            }
        }

        [Fact]
        public void DeviceKeySignature_MatchesDotNet_OnRandomCanonicalRequests()
        {
            Random random = new Random(Seed + 1);
            for (int i = 0; i < 200; i++)
            {
                byte[] key = RandomBytes(random, DeviceKey.KeyBytes);
                byte[] body = RandomBytes(random, random.Next(0, 4097));
                string canonical = RequestSigner.CanonicalRequest("POST", "/api/device/v1/replenish", random.Next().ToString(), "nonce" + i, body);
                string expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, System.Text.Encoding.ASCII.GetBytes(canonical)));
                string actual = LowerHex.Encode(DeviceKey.Parse(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(key))).Sign(AsciiText.GetBytes(canonical)));
                Assert.True(expected == actual, $"signature {i} differs from .NET's (seed {Seed + 1})");
            }
        }

        private static byte[] RandomBytes(Random random, int length)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
