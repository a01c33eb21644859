using System.Security.Cryptography;
using System.Text;

namespace DeviceFirmware.Cloud.Factory;

/// <summary>
/// The claim code printed on a device's label: 16 characters of a 32-letter alphabet without look-alikes
/// (80 random bits), shown in groups of four. Stored only as a SHA-256 hash.
/// </summary>
public static class ClaimCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new code, e.g. "K7QM-2XPA-9RTD-HW3E".</summary>
    public static string New()
    {
        var code = new StringBuilder(19);
        for (int i = 0; i < 16; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                code.Append('-');
            }

            code.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return code.ToString();
    }

    /// <summary>The code as typed, without spaces and dashes, upper case.</summary>
    public static string Normalize(string typed)
    {
        var normalized = new StringBuilder();
        foreach (char c in typed)
        {
            if (c != '-' && !char.IsWhiteSpace(c))
            {
                normalized.Append(char.ToUpperInvariant(c));
            }
        }

        return normalized.ToString();
    }

    /// <summary>Lowercase hex SHA-256 of the normalized code.</summary>
    public static string Hash(string typed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(typed))));

    /// <summary>Whether <paramref name="typed"/> hashes to <paramref name="storedHash"/> (constant time).</summary>
    public static bool Matches(string typed, string storedHash)
    {
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(typed)), Encoding.ASCII.GetBytes(storedHash));
    }
}
