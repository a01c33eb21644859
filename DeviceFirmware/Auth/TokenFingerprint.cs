using System;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// A short, non-secret name for a secret (token, code), for log lines: the first 8
    /// characters of base64url(SHA-256(text)). It tells two tokens apart in a log without
    /// revealing either (48 bits of a hash cannot be turned back into a 300-character token).
    /// </summary>
    public static class TokenFingerprint
    {
        /// <summary>Characters in a fingerprint.</summary>
        public const int Length = 8;

        // Bytes hashed at a time (one SHA-256 block).
        private const int ChunkBytes = 64;

        /// <summary>Fingerprint of <paramref name="secret"/>.</summary>
        /// <param name="secret">The secret text; its UTF-16 code units are hashed big-endian.</param>
        /// <returns>Eight base64url characters, or "none" for null and "empty" for "".</returns>
        public static string Of(string secret)
        {
            if (secret == null)
            {
                return "none";
            }

            if (secret.Length == 0)
            {
                return "empty";
            }

            // Two bytes per UTF-16 unit, hashed a block at a time: exact for every string, no Encoding, and no
            // copy of the whole secret on the heap (tokens run to 2048 characters).
            Sha256 sha = new Sha256();
            byte[] chunk = new byte[ChunkBytes];
            int filled = 0;
            for (int i = 0; i < secret.Length; i++)
            {
                chunk[filled] = (byte)(secret[i] >> 8);
                chunk[filled + 1] = (byte)secret[i];
                filled += 2;
                if (filled == chunk.Length)
                {
                    sha.Append(chunk, 0, filled);
                    filled = 0;
                }
            }

            sha.Append(chunk, 0, filled);
            Array.Clear(chunk, 0, chunk.Length);
            byte[] hash = sha.Finish();
            return Base64Url.Encode(hash).Substring(0, Length);
        }
    }
}
