using System;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// A PKCE code verifier (RFC 7636 section 4.1) for one provisioning attempt. It lives only
    /// in memory, in a byte array that <see cref="Wipe"/> clears; it never leaves the device
    /// except inside the token request. <see cref="ToString"/> and every error message show
    /// a fingerprint, never the verifier.
    /// </summary>
    public sealed class CodeVerifier
    {
        /// <summary>Shortest verifier RFC 7636 allows.</summary>
        public const int MinLength = 43;

        /// <summary>Longest verifier RFC 7636 allows.</summary>
        public const int MaxLength = 128;

        /// <summary>Default length: 32 random bytes in base64url, as Amazon's sample apps make it.</summary>
        public const int DefaultLength = 43;

        private const int FingerprintLength = 8;

        private byte[] _ascii;

        private CodeVerifier(byte[] ascii)
        {
            _ascii = ascii;
        }

        /// <summary>Number of characters in the verifier.</summary>
        public int Length
        {
            get { return RequireAscii().Length; }
        }

        /// <summary>True once <see cref="Wipe"/> has cleared the verifier.</summary>
        public bool IsWiped
        {
            get { return _ascii == null; }
        }

        /// <summary>
        /// Generates a verifier: base64url of fresh random bytes, cut to <paramref name="length"/>
        /// characters, so every character is one of RFC 7636's unreserved characters.
        /// </summary>
        /// <param name="random">Cryptographically strong random source.</param>
        /// <param name="length">Verifier length, 43 to 128.</param>
        /// <returns>A new verifier.</returns>
        public static CodeVerifier Generate(IRandomSource random, int length)
        {
            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            CheckLength(length);

            // Fewest bytes whose base64url text has at least 'length' characters (32 bytes for 43).
            int byteCount = ((3 * (length - 1)) / 4) + 1;
            byte[] entropy = new byte[byteCount];
            random.NextBytes(entropy);
            bool constant = true;
            for (int i = 1; i < byteCount && constant; i++)
            {
                constant = entropy[i] == entropy[0];
            }

            if (constant)
            {
                Array.Clear(entropy, 0, byteCount);
                throw new InvalidOperationException("random source returned " + byteCount + " identical bytes: refusing to make a guessable PKCE verifier (is the RNG running?)");
            }

            byte[] encoded = new byte[Base64Url.EncodedLength(byteCount)];
            Base64Url.EncodeTo(entropy, 0, byteCount, encoded, 0);
            Array.Clear(entropy, 0, byteCount);

            byte[] ascii = new byte[length];
            Array.Copy(encoded, ascii, length);
            Array.Clear(encoded, 0, encoded.Length);
            return new CodeVerifier(ascii);
        }

        /// <summary>
        /// Takes an existing verifier (e.g. a test vector), checking RFC 7636's length and character rules.
        /// </summary>
        /// <param name="verifier">The verifier text.</param>
        /// <returns>The verifier.</returns>
        /// <exception cref="ArgumentOutOfRangeException">Length outside 43..128.</exception>
        /// <exception cref="ArgumentException">A character outside A-Z a-z 0-9 - . _ ~ (its position is named, not the character).</exception>
        public static CodeVerifier FromText(string verifier)
        {
            if (verifier == null)
            {
                throw new ArgumentNullException("verifier");
            }

            CheckLength(verifier.Length);
            byte[] ascii = new byte[verifier.Length];
            for (int i = 0; i < verifier.Length; i++)
            {
                char c = verifier[i];
                if (!IsUnreserved(c))
                {
                    Array.Clear(ascii, 0, ascii.Length);
                    throw new ArgumentException("code verifier has a character outside RFC 7636's unreserved set (A-Z a-z 0-9 - . _ ~) at position " + i);
                }

                ascii[i] = (byte)c;
            }

            return new CodeVerifier(ascii);
        }

        /// <summary>True for the characters RFC 7636 section 4.1 allows in a verifier.</summary>
        /// <param name="c">The character.</param>
        /// <returns>Whether it is unreserved.</returns>
        public static bool IsUnreserved(char c)
        {
            // RFC 7636 takes its verifier alphabet from RFC 3986's unreserved set.
            return UriCharacters.IsUnreserved(c);
        }

        /// <summary>Computes the code challenge sent to the companion app.</summary>
        /// <param name="method">S256 (default) or plain.</param>
        /// <returns>The challenge text.</returns>
        public string ComputeChallenge(PkceMethod method)
        {
            byte[] ascii = RequireAscii();
            if (method == PkceMethod.Plain)
            {
                return AsciiText.GetString(ascii);
            }

            return Base64Url.Encode(Sha256.Hash(ascii));
        }

        /// <summary>
        /// The verifier text, for the code_verifier field of the token request and nothing else.
        /// </summary>
        /// <returns>The verifier.</returns>
        public string Reveal()
        {
            return AsciiText.GetString(RequireAscii());
        }

        /// <summary>
        /// A short, non-secret fingerprint for logs: the first characters of the S256 challenge,
        /// which the companion app sees anyway.
        /// </summary>
        /// <returns>Eight base64url characters.</returns>
        public string Fingerprint()
        {
            return ComputeChallenge(PkceMethod.S256).Substring(0, FingerprintLength);
        }

        /// <summary>Clears the verifier from memory; any later use throws.</summary>
        public void Wipe()
        {
            if (_ascii != null)
            {
                Array.Clear(_ascii, 0, _ascii.Length);
                _ascii = null;
            }
        }

        /// <summary>Describes the verifier without revealing it.</summary>
        /// <returns>Length and fingerprint, or that it was wiped.</returns>
        public override string ToString()
        {
            return _ascii == null ? "CodeVerifier(wiped)" : "CodeVerifier(" + _ascii.Length + " chars, fp " + Fingerprint() + ")";
        }

        private static void CheckLength(int length)
        {
            if (length < MinLength || length > MaxLength)
            {
                throw new ArgumentOutOfRangeException("length", "code verifier length " + length + " is outside RFC 7636's 43..128");
            }
        }

        private byte[] RequireAscii()
        {
            if (_ascii == null)
            {
                throw new InvalidOperationException("code verifier was wiped: start a new provisioning attempt for a fresh one");
            }

            return _ascii;
        }
    }
}
