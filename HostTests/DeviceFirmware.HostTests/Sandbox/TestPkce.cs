using System;
using System.Security.Cryptography;
using System.Text;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>PKCE on the client side, computed here with .NET's SHA-256 (RFC 7636 section 4.2), independently of the sandbox.</summary>
    internal static class TestPkce
    {
        /// <summary>A fresh verifier: base64url of 32 random bytes, 43 characters.</summary>
        public static string NewVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

        /// <summary>BASE64URL-ENCODE(SHA256(ASCII(verifier))).</summary>
        public static string S256(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
