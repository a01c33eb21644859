using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>
/// Authenticates a device request (docs/device-api.md): known and active serial, HMAC in constant time,
/// timestamp within 300 s, nonce never seen, then the per-device rate limit. A refused request changes nothing
/// (the nonce is recorded only once the signature and timestamp are right).
/// </summary>
public sealed class DeviceAuthenticator
{
    private readonly CloudDbContext _db;
    private readonly SecretProtector _secrets;
    private readonly NonceLedger _nonces;
    private readonly DeviceRateLimiter _rate;
    private readonly TimeProvider _time;

    /// <summary>An authenticator on <paramref name="db"/>.</summary>
    public DeviceAuthenticator(CloudDbContext db, SecretProtector secrets, NonceLedger nonces, DeviceRateLimiter rate, TimeProvider time)
    {
        _db = db;
        _secrets = secrets;
        _nonces = nonces;
        _rate = rate;
        _time = time;
    }

    /// <summary>The authenticated device, or null with the error to answer.</summary>
    public async Task<(Device? Device, DeviceApiError? Error)> AuthenticateAsync(HttpRequest request, byte[] body, CancellationToken cancel)
    {
        DeviceRequestHeaders? headers = DeviceRequestHeaders.Read(request, out DeviceApiError? bad);
        if (headers == null)
        {
            return (null, bad);
        }

        Device? device = await _db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Serial == headers.Serial, cancel);
        if (device == null || !device.Active)
        {
            return (null, DeviceApiError.Unauthorized("unknown_device", "this serial is not known to the web application"));
        }

        byte[] key = Convert.FromHexString(_secrets.Unprotect(SecretKind.DeviceKey, device.ProtectedKey));
        string path = request.PathBase.Add(request.Path).Value ?? "";
        string expected = RequestSignature.Compute(key, request.Method, path, headers.Timestamp, headers.Nonce, body);
        if (!RequestSignature.Matches(expected, headers.Signature))
        {
            return (null, DeviceApiError.Unauthorized("bad_signature", "the signature does not match (check the device key file)"));
        }

        long now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (!long.TryParse(headers.Timestamp, out long timestamp) || Math.Abs(now - timestamp) > DeviceApiFormats.TimestampWindowSeconds)
        {
            return (null, DeviceApiError.Unauthorized("stale_timestamp", "the timestamp is more than 300 seconds from the server's clock"));
        }

        if (!await _nonces.TryUseAsync(device.Id, headers.Nonce, cancel))
        {
            return (null, DeviceApiError.Unauthorized("replayed_nonce", "this nonce was used before"));
        }

        int? wait = await _rate.TryAcceptAsync(device.Id, cancel);
        if (wait != null)
        {
            return (null, new DeviceApiError(429, "rate_limited", "more than the allowed requests in one minute from this device", wait));
        }

        return (device, null);
    }
}
