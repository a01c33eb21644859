namespace DeviceFirmware.Cloud.Data;

/// <summary>A local user account: an e-mail address and a password hash (the LWA profile is not used: see README).</summary>
public sealed class Account
{
    /// <summary>Primary key.</summary>
    public long Id { get; set; }

    /// <summary>The e-mail address, trimmed and lower-cased (unique).</summary>
    public string Email { get; set; } = "";

    /// <summary>ASP.NET Core Identity's PBKDF2 password hash.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Wrong passwords in a row since the last successful sign-in.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Until when sign-in is refused after too many wrong passwords (Unix milliseconds); 0 when not locked.</summary>
    public long LockedUntilMs { get; set; }

    /// <summary>When the account was made (Unix milliseconds).</summary>
    public long CreatedAtMs { get; set; }
}
