namespace DeviceFirmware.Cloud;

/// <summary>
/// The web application's settings, bound from the "Cloud" configuration section (appsettings.json,
/// environment variables such as Cloud__Lwa__ClientId, command line --Cloud:Lwa:ClientId=...).
/// </summary>
public sealed class CloudSettings
{
    /// <summary>The database.</summary>
    public DatabaseSettings Database { get; set; } = new();

    /// <summary>Login with Amazon; an empty <see cref="LwaSettings.ClientId"/> means the in-process sandbox.</summary>
    public LwaSettings Lwa { get; set; } = new();

    /// <summary>The DRS base URL (https://dash-replenishment-service-na.amazon.com); empty with the sandbox.</summary>
    public string DrsBaseUrl { get; set; } = "";

    /// <summary>
    /// The address users reach the application at (https://devices.example.com), used for the LWA redirect URI
    /// and to require secure cookies; empty: taken from each request (fine on loopback).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// HTTP timeout of each LWA and DRS call, 1..20 seconds (default 15): the refresh and episode leases (60 s,
    /// 90 s) are sized for calls no longer than that.
    /// </summary>
    public int AmazonTimeoutSeconds { get; set; } = 15;

    /// <summary>Device API requests accepted per device and minute (docs/device-api.md: 30).</summary>
    public int DeviceRequestsPerMinute { get; set; } = 30;
}
