using System.Net;
using System.Text.Json;

namespace DeviceFirmware.Cloud.Lwa;

/// <summary>
/// Calls the LWA token endpoint as a confidential client: client_id and client_secret in the form body (LWA's
/// documented way; RFC 6749 section 2.3.1). Exchanges an authorization code (with the PKCE verifier) and
/// redeems refresh tokens. Classifies every answer; never logs a token.
/// </summary>
public sealed class LwaTokenClient
{
    /// <summary>The named HttpClient used for LWA and DRS.</summary>
    public const string HttpClientName = "amazon";

    private readonly IHttpClientFactory _http;
    private readonly LwaSettings _settings;

    /// <summary>A client for these endpoints.</summary>
    public LwaTokenClient(IHttpClientFactory http, LwaSettings settings)
    {
        _http = http;
        _settings = settings;
    }

    /// <summary>grant_type=authorization_code.</summary>
    public Task<LwaResult> ExchangeCodeAsync(string code, string redirectUri, string codeVerifier, CancellationToken cancel)
    {
        return PostAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = codeVerifier,
            ["client_id"] = _settings.ClientId,
            ["client_secret"] = _settings.ClientSecret,
        }, cancel);
    }

    /// <summary>grant_type=refresh_token.</summary>
    public Task<LwaResult> RefreshAsync(string refreshToken, CancellationToken cancel)
    {
        return PostAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = _settings.ClientId,
            ["client_secret"] = _settings.ClientSecret,
        }, cancel);
    }

    private async Task<LwaResult> PostAsync(Dictionary<string, string> form, CancellationToken cancel)
    {
        HttpResponseMessage response;
        string body;
        try
        {
            response = await _http.CreateClient(HttpClientName).PostAsync(_settings.TokenUrl, new FormUrlEncodedContent(form), cancel);
            body = await response.Content.ReadAsStringAsync(cancel);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancel.IsCancellationRequested))
        {
            return new LwaResult(LwaResultKind.Unavailable, null, e is TaskCanceledException ? "LWA did not answer in time" : "LWA could not be reached");
        }

        using (response)
        {
            if ((int)response.StatusCode >= 500)
            {
                return new LwaResult(LwaResultKind.Unavailable, null, "LWA answered " + (int)response.StatusCode);
            }

            try
            {
                using JsonDocument json = JsonDocument.Parse(body);
                JsonElement root = json.RootElement;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Tokens(root);
                }

                string error = root.TryGetProperty("error", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "unknown";
                return error switch
                {
                    "invalid_grant" => new LwaResult(LwaResultKind.InvalidGrant, null, error),
                    "server_error" or "temporarily_unavailable" or "ServerError" => new LwaResult(LwaResultKind.Unavailable, null, error),
                    _ => new LwaResult(LwaResultKind.Refused, null, error),
                };
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is FormatException)
            {
                return new LwaResult(LwaResultKind.Unavailable, null, "LWA's answer was not readable (HTTP " + (int)response.StatusCode + ")");
            }
        }
    }

    private static LwaResult Tokens(JsonElement root)
    {
        string? access = root.GetProperty("access_token").GetString();
        string? refresh = root.TryGetProperty("refresh_token", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        JsonElement expires = root.GetProperty("expires_in");

        // One LWA document shows expires_in as a string: accept both.
        long seconds = expires.ValueKind == JsonValueKind.String ? long.Parse(expires.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : expires.GetInt64();
        if (string.IsNullOrEmpty(access) || seconds <= 0)
        {
            return new LwaResult(LwaResultKind.Unavailable, null, "LWA's token answer lacked an access token");
        }

        return new LwaResult(LwaResultKind.Ok, new LwaTokens(access, refresh, seconds), null);
    }
}
