namespace DeviceFirmware.Cloud;

/// <summary>The LWA security profile of the web application (a confidential client) and LWA's endpoints.</summary>
public sealed class LwaSettings
{
    /// <summary>The client ID (amzn1.application-oa2-client....); empty: start the in-process sandbox.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The client secret (sent only to the token endpoint, in the form body as LWA documents).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The authorize endpoint (https://www.amazon.com/ap/oa).</summary>
    public string AuthorizeUrl { get; set; } = "https://www.amazon.com/ap/oa";

    /// <summary>The token endpoint (https://api.amazon.com/auth/o2/token).</summary>
    public string TokenUrl { get; set; } = "https://api.amazon.com/auth/o2/token";
}
