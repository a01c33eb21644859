using DeviceFirmware.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>
/// At most N accepted requests per device and clock minute, counted in the device's row with conditional
/// updates so every instance shares the count; also records the last contact.
/// </summary>
public sealed class DeviceRateLimiter
{
    private readonly CloudDbContext _db;
    private readonly TimeProvider _time;
    private readonly int _perMinute;

    /// <summary>A limiter of <paramref name="settings"/>' rate.</summary>
    public DeviceRateLimiter(CloudDbContext db, TimeProvider time, CloudSettings settings)
    {
        _db = db;
        _time = time;
        _perMinute = settings.DeviceRequestsPerMinute;
    }

    /// <summary>Counts one request; null when accepted, else the seconds until the next window.</summary>
    public async Task<int?> TryAcceptAsync(long deviceId, CancellationToken cancel)
    {
        long nowMs = UnixTime.NowMs(_time);
        long minute = nowMs / 60000;
        int counted = 0;

        // Two passes: when a concurrent request just opened the new window, count in it on the second pass.
        for (int pass = 0; pass < 2 && counted == 0; pass++)
        {
            counted = await _db.Devices
                .Where(d => d.Id == deviceId && d.RateWindowMinute == minute && d.RateWindowCount < _perMinute)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.RateWindowCount, d => d.RateWindowCount + 1).SetProperty(d => d.LastContactAtMs, nowMs), cancel);
            if (counted == 0)
            {
                counted = await _db.Devices
                    .Where(d => d.Id == deviceId && d.RateWindowMinute != minute)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.RateWindowMinute, minute).SetProperty(d => d.RateWindowCount, 1).SetProperty(d => d.LastContactAtMs, nowMs), cancel);
            }
        }

        if (counted == 1)
        {
            return null;
        }

        return (int)Math.Max(1, ((minute + 1) * 60000 - nowMs + 999) / 1000);
    }
}
