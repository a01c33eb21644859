using Microsoft.AspNetCore.DataProtection;

namespace DeviceFirmware.Cloud.Tokens;

/// <summary>
/// Encrypts secrets for the database with ASP.NET Core Data Protection (AES-256-CBC + HMAC-SHA256, keys in the
/// database so every instance shares them). The keys themselves sit in the same database unencrypted unless
/// the operator adds a key-encryption certificate (README): the protection is against leaked dumps of the
/// data tables, logs and backups without the key table.
/// </summary>
public sealed class SecretProtector
{
    private readonly Dictionary<SecretKind, IDataProtector> _protectors;

    /// <summary>Protectors from <paramref name="provider"/>.</summary>
    public SecretProtector(IDataProtectionProvider provider)
    {
        _protectors = Enum.GetValues<SecretKind>().ToDictionary(kind => kind, kind => provider.CreateProtector("DeviceFirmware.Cloud." + kind + ".v1"));
    }

    /// <summary>The ciphertext of <paramref name="secret"/>.</summary>
    public string Protect(SecretKind kind, string secret) => _protectors[kind].Protect(secret);

    /// <summary>The secret back from its ciphertext (throws <see cref="System.Security.Cryptography.CryptographicException"/> if tampered with).</summary>
    public string Unprotect(SecretKind kind, string protectedSecret) => _protectors[kind].Unprotect(protectedSecret);
}
