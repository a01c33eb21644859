using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using DeviceFirmware.Cloud.DeviceApi;
using Microsoft.AspNetCore.WebUtilities;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>What the firmware does in web-app mode: signed JSON requests to the device API (docs/device-api.md).</summary>
internal sealed class SignedDevice
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(60) };

    private readonly string _baseUrl;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public SignedDevice(string baseUrl, string serial, byte[] key, TimeProvider time)
    {
        _baseUrl = baseUrl;
        Serial = serial;
        _key = key;
        _time = time;
    }

    public string Serial { get; }

    public static string NewNonce() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public Task<DeviceAnswer> StatusAsync(string firmware = "1.0.0") => PostAsync("status", "{\"firmware\":\"" + firmware + "\"}");

    public Task<DeviceAnswer> LevelsAsync(string slot, double percent) =>
        PostAsync("levels", "{\"slots\":[{\"slot\":\"" + slot + "\",\"percent\":" + percent.ToString(CultureInfo.InvariantCulture) + "}]}");

    public Task<DeviceAnswer> ReplenishAsync(string slot, long episode) =>
        PostAsync("replenish", "{\"slot\":\"" + slot + "\",\"episode\":" + episode.ToString(CultureInfo.InvariantCulture) + "}");

    /// <summary>A signed POST; the optional arguments bend one part of it (a test of a refusal).</summary>
    public async Task<DeviceAnswer> PostAsync(string call, string json, string? nonce = null, long? timestamp = null, byte[]? key = null, Action<HttpRequestMessage>? tamper = null, byte[]? rawBody = null)
    {
        byte[] body = rawBody ?? Encoding.UTF8.GetBytes(json);
        string path = "/api/device/v1/" + call;
        string ts = (timestamp ?? _time.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        nonce ??= NewNonce();
        var request = new HttpRequestMessage(HttpMethod.Post, _baseUrl + path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Device-Serial", Serial);
        request.Headers.TryAddWithoutValidation("X-Timestamp", ts);
        request.Headers.TryAddWithoutValidation("X-Nonce", nonce);
        request.Headers.TryAddWithoutValidation("X-Signature", RequestSignature.Compute(key ?? _key, "POST", path, ts, nonce, body));
        tamper?.Invoke(request);
        using HttpResponseMessage response = await Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return new DeviceAnswer((int)response.StatusCode, text, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture));
    }
}
