namespace DeviceFirmware.Cloud.Lwa;

/// <summary>How an LWA token request ended.</summary>
public enum LwaResultKind
{
    /// <summary>Tokens issued.</summary>
    Ok,

    /// <summary>invalid_grant: the code or refresh token is invalid, expired, used or revoked: the user must sign in again.</summary>
    InvalidGrant,

    /// <summary>invalid_client, unauthorized_client, invalid_request...: the web application's configuration is wrong.</summary>
    Refused,

    /// <summary>5xx, timeout, network error or an unreadable answer: LWA is down; try later.</summary>
    Unavailable,
}
