namespace DeviceFirmware.Cloud.Data;

/// <summary>
/// The LWA tokens held for one device (one row per device, deleted on Remove or invalid_grant). Both tokens
/// are encrypted with Data Protection. <see cref="Version"/> and the lease make a refresh single: only the
/// holder of an unexpired lease redeems the refresh token, and it writes back only if it still holds it.
/// </summary>
public sealed class LwaGrant
{
    /// <summary>The device (primary key).</summary>
    public long DeviceId { get; set; }

    /// <summary>The refresh token, protected.</summary>
    public string ProtectedRefreshToken { get; set; } = "";

    /// <summary>The access token, protected.</summary>
    public string ProtectedAccessToken { get; set; } = "";

    /// <summary>When the access token expires (Unix milliseconds).</summary>
    public long AccessExpiresAtMs { get; set; }

    /// <summary>Incremented on every token change.</summary>
    public long Version { get; set; }

    /// <summary>Who holds the refresh lease (a random ID per attempt), or null.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when the lease holds (Unix milliseconds); 0 when free.</summary>
    public long LeaseUntilMs { get; set; }

    /// <summary>How many times the refresh token was redeemed (a figure for the page and the benchmark).</summary>
    public long Refreshes { get; set; }
}
