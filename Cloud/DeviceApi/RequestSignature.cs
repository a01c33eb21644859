using System.Security.Cryptography;
using System.Text;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>
/// The HMAC-SHA256 of docs/device-api.md over METHOD \n PATH \n TIMESTAMP \n NONCE \n hex(SHA-256(body)).
/// Public so the tests and the benchmark sign exactly as the server checks.
/// </summary>
public static class RequestSignature
{
    /// <summary>The canonical request text.</summary>
    public static string Canonical(string method, string path, string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        return method.ToUpperInvariant() + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + Convert.ToHexStringLower(SHA256.HashData(body));
    }

    /// <summary>64 lowercase hex digits: HMAC-SHA256 of the canonical request with <paramref name="key"/>.</summary>
    public static string Compute(byte[] key, string method, string path, string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(Canonical(method, path, timestamp, nonce, body))));
    }

    /// <summary>Whether <paramref name="presented"/> equals <paramref name="expected"/>, in constant time.</summary>
    public static bool Matches(string expected, string presented)
    {
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented));
    }
}
