namespace DeviceFirmware.Cloud.Devices;

/// <summary>How a return from Login with Amazon ended.</summary>
public enum SignInOutcome
{
    /// <summary>Tokens stored: the device can order.</summary>
    Done,

    /// <summary>The user declined on Amazon (access_denied).</summary>
    Declined,

    /// <summary>Amazon returned another error to the redirect.</summary>
    AmazonError,

    /// <summary>Unknown, used, expired or foreign state: the link is not valid (start again).</summary>
    StaleLink,

    /// <summary>The code was refused (invalid_grant: expired or used).</summary>
    CodeRefused,

    /// <summary>LWA could not be reached or failed.</summary>
    LwaDown,

    /// <summary>LWA refused the web application's credentials (configuration).</summary>
    Misconfigured,
}
