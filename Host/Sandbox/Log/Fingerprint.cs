using System;
using System.Security.Cryptography;
using System.Text;

namespace DeviceFirmware.Sandbox.Log
{
    /// <summary>
    /// A short, non-secret name for a token or code: the first 8 characters of base64url(SHA-256) of
    /// its UTF-16 big-endian code units, the same rule as the firmware's TokenFingerprint, so a
    /// sandbox log line and a device log line about the same token show the same 8 characters.
    /// </summary>
    public static class Fingerprint
    {
        /// <summary>The fingerprint of <paramref name="secret"/>, or null for null.</summary>
        /// <param name="secret">A token, code or verifier.</param>
        /// <returns>Eight base64url characters ("empty" for the empty string).</returns>
        public static string Of(string secret)
        {
            if (secret == null)
            {
                return null;
            }

            if (secret.Length == 0)
            {
                return "empty";
            }

            byte[] hash = SHA256.HashData(Encoding.BigEndianUnicode.GetBytes(secret));
            return Convert.ToBase64String(hash).Replace('+', '-').Replace('/', '_').Substring(0, 8);
        }
    }
}
