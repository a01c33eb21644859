using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DeviceFirmware.Cloud.Lwa;

/// <summary>PKCE (RFC 7636): a 43-character verifier from 32 random bytes and its S256 challenge.</summary>
public static class Pkce
{
    /// <summary>A new verifier.</summary>
    public static string NewVerifier() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>BASE64URL(SHA256(ASCII(verifier))).</summary>
    public static string S256(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
