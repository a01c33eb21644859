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

            // Two bytes per UTF-16 unit: exact for every string, and no Encoding needed.
            byte[] data = new byte[secret.Length * 2];
            for (int i = 0; i < secret.Length; i++)
            {
                data[2 * i] = (byte)(secret[i] >> 8);
                data[(2 * i) + 1] = (byte)secret[i];
            }

            byte[] hash = Sha256.Hash(data);
            Array.Clear(data, 0, data.Length);
            return Base64Url.Encode(hash).Substring(0, Length);
        }
    }
}
