namespace DeviceFirmware.Cloud.Tokens;

/// <summary>Whether an access token could be had for a device.</summary>
public enum AccessTokenStatus
{
    /// <summary>Here it is.</summary>
    Ok,

    /// <summary>No tokens (never signed in, removed, or invalid_grant): the user must sign in with Amazon.</summary>
    SignInRequired,

    /// <summary>LWA failed or is unreachable, or another request held the refresh too long: try later.</summary>
    Unavailable,
}
