using System.Text;
using System.Text.Json.Nodes;

namespace DeviceFirmware.Cloud.Lwa;

/// <summary>Builds the LWA authorization request: code + PKCE (S256), scope dash:replenish with scope_data naming the device, and state.</summary>
public static class LwaAuthorizeUrl
{
    /// <summary>The URL to send the user's browser to.</summary>
    public static string Build(LwaSettings settings, string redirectUri, string state, string codeChallenge, string model, string serial, bool isTestDevice)
    {
        var scopeData = new JsonObject
        {
            ["dash:replenish"] = new JsonObject
            {
                ["device_model"] = model,
                ["serial"] = serial,
                ["is_test_device"] = isTestDevice,
            },
        };

        var parameters = new (string Name, string Value)[]
        {
            ("client_id", settings.ClientId),
            ("scope", "dash:replenish"),
            ("scope_data", scopeData.ToJsonString()),
            ("response_type", "code"),
            ("redirect_uri", redirectUri),
            ("state", state),
            ("code_challenge", codeChallenge),
            ("code_challenge_method", "S256"),
        };
        var url = new StringBuilder(settings.AuthorizeUrl);
        char separator = settings.AuthorizeUrl.Contains('?') ? '&' : '?';
        foreach ((string name, string value) in parameters)
        {
            url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return url.ToString();
    }
}
