using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeviceFirmware.Cloud.DeviceApi;
using Microsoft.AspNetCore.WebUtilities;

namespace DeviceFirmware.CloudScale;

/// <summary>
/// One device in web-app mode: its supply drains every step; it reports levels each step and its status
/// once a day; when the slot runs low it opens an episode and asks for an order until it gets a final
/// outcome (sometimes twice at once, on both instances, as a retry after a lost answer would).
/// </summary>
internal sealed class SimulatedDevice
{
    private const int RefillAfterSteps = 8;

    private readonly string _serial;
    private readonly byte[] _key;
    private readonly Random _random;
    private double _level = 100;
    private long _episode;
    private bool _open;
    private int _refillIn = -1;

    public SimulatedDevice(string serial, byte[] key, int seed)
    {
        _serial = serial;
        _key = key;
        _random = new Random(seed);
    }

    /// <summary>Per episode, every orderId an answer carried and the final outcome.</summary>
    public Dictionary<long, (HashSet<string> OrderIds, string Outcome)> Finals { get; } = new();

    public int Requests { get; private set; }

    public int Failures { get; private set; }

    public async Task StepAsync(int step, string[] instances, HttpClient http, TimeProvider clock, LatencyRecorder latency)
    {
        string home = instances[_random.Next(instances.Length)];
        if (_refillIn > 0 && --_refillIn == 0)
        {
            // The order arrived (the sandbox delivers after two days): the slot is full, the next episode may come.
            _level = 100;
            _refillIn = -1;
        }

        _level = Math.Max(0, _level - (3 + (_random.NextDouble() * 6)));
        await SendAsync(http, home, "levels", "{\"slots\":[{\"slot\":\"slot1\",\"percent\":" + Math.Round(_level, 1).ToString(CultureInfo.InvariantCulture) + "}]}", clock, latency);
        if (step % 4 == 0)
        {
            await SendAsync(http, home, "status", "{\"firmware\":\"1.0.0\"}", clock, latency);
        }

        if (!_open && _refillIn < 0 && _level < 20)
        {
            _episode++;
            _open = true;
        }

        if (_open)
        {
            string body = "{\"slot\":\"slot1\",\"episode\":" + _episode + "}";
            bool duplicate = _random.NextDouble() < 0.25;
            Task<string?>[] asks = duplicate
                ? [SendAsync(http, instances[0], "replenish", body, clock, latency), SendAsync(http, instances[1], "replenish", body, clock, latency)]
                : [SendAsync(http, home, "replenish", body, clock, latency)];
            foreach (string? answer in await Task.WhenAll(asks))
            {
                Record(answer);
            }
        }
    }

    private void Record(string? answer)
    {
        if (answer == null)
        {
            return;
        }

        using JsonDocument json = JsonDocument.Parse(answer);
        string outcome = json.RootElement.GetProperty("outcome").GetString()!;
        if (outcome is "placed" or "in_progress" or "test_order")
        {
            if (!Finals.TryGetValue(_episode, out var final))
            {
                final = (new HashSet<string>(), outcome);
                Finals[_episode] = final;
            }

            if (json.RootElement.TryGetProperty("orderId", out JsonElement id))
            {
                final.OrderIds.Add(id.GetString()!);
            }

            _open = false;
            _refillIn = RefillAfterSteps;
        }
    }

    private async Task<string?> SendAsync(HttpClient http, string baseUrl, string call, string json, TimeProvider clock, LatencyRecorder latency)
    {
        byte[] body = Encoding.UTF8.GetBytes(json);
        string path = "/api/device/v1/" + call;
        string ts = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Device-Serial", _serial);
        request.Headers.TryAddWithoutValidation("X-Timestamp", ts);
        request.Headers.TryAddWithoutValidation("X-Nonce", nonce);
        request.Headers.TryAddWithoutValidation("X-Signature", RequestSignature.Compute(_key, "POST", path, ts, nonce, body));
        var watch = Stopwatch.StartNew();
        using HttpResponseMessage response = await http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        latency.Add(watch.Elapsed);
        lock (this)
        {
            Requests++;
            if (!response.IsSuccessStatusCode)
            {
                Failures++;
            }
        }

        return call == "replenish" && response.IsSuccessStatusCode ? text : null;
    }
}
