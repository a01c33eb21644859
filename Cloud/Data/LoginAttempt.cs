namespace DeviceFirmware.Cloud.Data;

/// <summary>
/// A "Sign in with Amazon" in flight: the OAuth state (primary key), who started it for which device, and the
/// PKCE verifier (protected). Single use: the callback claims it with a conditional update.
/// </summary>
public sealed class LoginAttempt
{
    /// <summary>The state parameter (32 random bytes, base64url).</summary>
    public string State { get; set; } = "";

    /// <summary>The account that started it (the callback must come from the same account).</summary>
    public long AccountId { get; set; }

    /// <summary>The device being signed in.</summary>
    public long DeviceId { get; set; }

    /// <summary>The PKCE code verifier, protected.</summary>
    public string ProtectedVerifier { get; set; } = "";

    /// <summary>The redirect URI sent to LWA (the exchange must repeat it exactly).</summary>
    public string RedirectUri { get; set; } = "";

    /// <summary>When it started (Unix milliseconds); attempts older than 15 minutes are refused.</summary>
    public long CreatedAtMs { get; set; }

    /// <summary>Set when the callback used it.</summary>
    public bool Used { get; set; }
}
