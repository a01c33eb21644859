using System.Net;
using System.Text.Json;

namespace DeviceFirmware.Cloud.Drs;

/// <summary>
/// The DRS v1 calls the web application makes for a device: replenish and deregistration, with DRS's type
/// headers, the access token as a bearer token, and every answer classified (<see cref="DrsAnswerKind"/>).
/// </summary>
public sealed class DrsClient
{
    private const string Prefix = "com.amazon.dash.replenishment.";

    private readonly IHttpClientFactory _http;
    private readonly string _baseUrl;

    /// <summary>A client for DRS at <paramref name="baseUrl"/>.</summary>
    public DrsClient(IHttpClientFactory http, string baseUrl)
    {
        _http = http;
        _baseUrl = baseUrl.TrimEnd('/');
    }

    /// <summary>POST /replenish/{slotId} (no body).</summary>
    public Task<DrsAnswer> ReplenishAsync(string accessToken, string slotId, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _baseUrl + "/replenish/" + Uri.EscapeDataString(slotId)) { Content = new ByteArrayContent([]) };
        return SendAsync(request, accessToken, "DrsReplenishInput@1.0", "DrsReplenishResult@1.0", cancel);
    }

    /// <summary>POST /deviceStatus with the time the device was last active (DRS wants one a day).</summary>
    public Task<DrsAnswer> DeviceStatusAsync(string accessToken, DateTimeOffset mostRecentlyActive, CancellationToken cancel)
    {
        string date = mostRecentlyActive.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, _baseUrl + "/deviceStatus")
        {
            Content = new StringContent("{\"mostRecentlyActiveDate\":\"" + date + "\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        return SendAsync(request, accessToken, "DrsDeviceStatusInput@1.0", "DrsDeviceStatusResult@1.0", cancel);
    }

    /// <summary>DELETE /registration.</summary>
    public Task<DrsAnswer> DeregisterAsync(string accessToken, CancellationToken cancel)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, _baseUrl + "/registration");
        return SendAsync(request, accessToken, "DrsDeregisterInput@2.0", "DrsDeregisterResult@1.0", cancel);
    }

    private async Task<DrsAnswer> SendAsync(HttpRequestMessage request, string accessToken, string input, string result, CancellationToken cancel)
    {
        using (request)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + accessToken);
            request.Headers.TryAddWithoutValidation("x-amzn-type-version", Prefix + input);
            request.Headers.TryAddWithoutValidation("x-amzn-accept-type", Prefix + result);
            try
            {
                using HttpResponseMessage response = await _http.CreateClient(Lwa.LwaTokenClient.HttpClientName).SendAsync(request, cancel);
                string body = await response.Content.ReadAsStringAsync(cancel);
                return Classify(response, body);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancel.IsCancellationRequested))
            {
                return new DrsAnswer(DrsAnswerKind.Failed, Description: e is TaskCanceledException ? "DRS did not answer in time" : "DRS could not be reached");
            }
        }
    }

    private static DrsAnswer Classify(HttpResponseMessage response, string body)
    {
        int status = (int)response.StatusCode;
        string? message = Field(body, "message");
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
            case HttpStatusCode.Accepted:
            case HttpStatusCode.NoContent:
                return new DrsAnswer(DrsAnswerKind.Ok, Field(body, "detailCode"), Field(body, "eventInstanceId"));
            case HttpStatusCode.Unauthorized:
                return new DrsAnswer(DrsAnswerKind.InvalidToken, Description: "DRS refused the access token");
            case HttpStatusCode.Forbidden:
                return new DrsAnswer(DrsAnswerKind.Forbidden, Description: "DRS no longer knows this device");
            case HttpStatusCode.NotFound:
                return new DrsAnswer(DrsAnswerKind.UnknownSlot, Description: "DRS does not know this slot");
            case HttpStatusCode.TooManyRequests:
                int? after = response.Headers.RetryAfter?.Delta is TimeSpan delta ? (int)Math.Ceiling(delta.TotalSeconds) : null;
                return new DrsAnswer(DrsAnswerKind.RateLimited, RetryAfterSeconds: after, Description: "DRS asked to slow down");
        }

        if (status == 400 && message != null && message.Contains("Invalid token", StringComparison.OrdinalIgnoreCase))
        {
            return new DrsAnswer(DrsAnswerKind.InvalidToken, Description: "DRS refused the access token");
        }

        if (status == 400 && message != null && message.Contains("unsubscribed", StringComparison.OrdinalIgnoreCase))
        {
            return new DrsAnswer(DrsAnswerKind.Unsubscribed, Description: "no product chosen for this slot on Amazon");
        }

        return new DrsAnswer(DrsAnswerKind.Failed, Description: "DRS answered HTTP " + status);
    }

    private static string? Field(string body, string name)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
