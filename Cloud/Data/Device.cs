namespace DeviceFirmware.Cloud.Data;

/// <summary>
/// One unit made by the factory command: its serial, model, device key (encrypted), claim code (hashed), and
/// what the web application knows of it: owner, last contact, firmware, whether the user must sign in again.
/// </summary>
public sealed class Device
{
    /// <summary>Primary key.</summary>
    public long Id { get; set; }

    /// <summary>The serial (unique), as printed on the label and sent in X-Device-Serial.</summary>
    public string Serial { get; set; } = "";

    /// <summary>The DRS device model ID.</summary>
    public string Model { get; set; } = "";

    /// <summary>Whether LWA is told is_test_device (DRS then places test orders).</summary>
    public bool IsTestDevice { get; set; }

    /// <summary>The 32-byte device key, protected with ASP.NET Core Data Protection (the server recomputes HMACs, so it is encrypted, not hashed).</summary>
    public string ProtectedKey { get; set; } = "";

    /// <summary>Lowercase hex SHA-256 of the normalized claim code (80 random bits: a fast hash is enough).</summary>
    public string ClaimCodeHash { get; set; } = "";

    /// <summary>False when the maker withdrew the unit: the device API then answers unknown_device.</summary>
    public bool Active { get; set; } = true;

    /// <summary>The account that registered the device, or null.</summary>
    public long? OwnerAccountId { get; set; }

    /// <summary>When it was registered to its owner (Unix milliseconds), or null.</summary>
    public long? RegisteredAtMs { get; set; }

    /// <summary>Set when LWA answered invalid_grant or DRS no longer knows the device: the owner must sign in with Amazon again.</summary>
    public bool SignInRequired { get; set; }

    /// <summary>The last accepted device API request (Unix milliseconds), or null.</summary>
    public long? LastContactAtMs { get; set; }

    /// <summary>The firmware version of the last status report.</summary>
    public string? FirmwareVersion { get; set; }

    /// <summary>When the device's status was last forwarded to DRS (Unix milliseconds); 0 never.</summary>
    public long DrsStatusSentAtMs { get; set; }

    /// <summary>Start of the current rate-limit window (Unix minute).</summary>
    public long RateWindowMinute { get; set; }

    /// <summary>Requests accepted in that window.</summary>
    public int RateWindowCount { get; set; }

    /// <summary>When the unit was made (Unix milliseconds).</summary>
    public long CreatedAtMs { get; set; }
}
