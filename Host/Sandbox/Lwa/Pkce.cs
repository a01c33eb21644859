using System;
using System.Security.Cryptography;
using System.Text;

namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>
    /// PKCE as the authorization server checks it (RFC 7636), written here on .NET's SHA-256 and
    /// base64 so the sandbox shares no code with the firmware it checks.
    /// </summary>
    internal static class Pkce
    {
        public const string S256 = "S256";
        public const string Plain = "plain";

        /// <summary>RFC 7636 section 4.1: 43 to 128 characters of A-Z a-z 0-9 - . _ ~.</summary>
        public static bool IsValidVerifier(string verifier) => verifier != null && verifier.Length >= 43 && verifier.Length <= 128 && IsUnreserved(verifier);

        /// <summary>
        /// RFC 7636 section 4.2: an S256 challenge is base64url(32 bytes) without padding, exactly 43 characters;
        /// a plain challenge is a verifier.
        /// </summary>
        public static bool IsValidChallenge(string method, string challenge)
        {
            if (method == S256)
            {
                return challenge.Length == 43 && IsBase64Url(challenge);
            }

            return IsValidVerifier(challenge);
        }

        /// <summary>RFC 7636 section 4.6: S256 compares BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) with the challenge; plain compares them directly.</summary>
        public static bool Matches(string method, string verifier, string challenge)
        {
            string expected = method == S256 ? S256Challenge(verifier) : verifier;
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(challenge));
        }

        /// <summary>The S256 challenge of a verifier.</summary>
        public static string S256Challenge(string verifier)
        {
            byte[] hash = SHA256.HashData(Encoding.ASCII.GetBytes(verifier));
            return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        private static bool IsUnreserved(string text)
        {
            foreach (char c in text)
            {
                if (!(IsAlphaNumeric(c) || c == '-' || c == '.' || c == '_' || c == '~'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsBase64Url(string text)
        {
            foreach (char c in text)
            {
                if (!(IsAlphaNumeric(c) || c == '-' || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAlphaNumeric(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
