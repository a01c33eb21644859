using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Drs;

/// <summary>
/// Forwards a registered device's status report to DRS's deviceStatus, at most once a day per device (DRS
/// requires one a day). The day's slot is claimed with a conditional update, so two instances never both send;
/// a failed send gives the slot back, so the next report tries again.
/// </summary>
public sealed class DrsStatusForwarder
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(23);

    private readonly CloudDbContext _db;
    private readonly AccessTokenSource _tokens;
    private readonly DrsClient _drs;
    private readonly TimeProvider _time;
    private readonly ILogger<DrsStatusForwarder> _log;

    /// <summary>A forwarder on <paramref name="db"/>.</summary>
    public DrsStatusForwarder(CloudDbContext db, AccessTokenSource tokens, DrsClient drs, TimeProvider time, ILogger<DrsStatusForwarder> log)
    {
        _db = db;
        _tokens = tokens;
        _drs = drs;
        _time = time;
        _log = log;
    }

    /// <summary>Sends the device's status to DRS when a day has passed since the last one.</summary>
    public async Task ForwardIfDueAsync(long deviceId, CancellationToken cancel)
    {
        long now = UnixTime.NowMs(_time);
        long due = now - (long)Interval.TotalMilliseconds;
        int claimed = await _db.Devices.Where(d => d.Id == deviceId && d.DrsStatusSentAtMs < due)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DrsStatusSentAtMs, now), cancel);
        if (claimed == 0)
        {
            return;
        }

        AccessTokenResult token = await _tokens.GetAsync(deviceId, null, cancel);
        DrsAnswer? answer = token.Status == AccessTokenStatus.Ok ? await _drs.DeviceStatusAsync(token.AccessToken!, _time.GetUtcNow(), cancel) : null;
        if (answer?.Kind != DrsAnswerKind.Ok)
        {
            _log.LogInformation("Device {DeviceId}: DRS device status not sent: {Problem}", deviceId, answer?.Description ?? token.Problem);
            await _db.Devices.Where(d => d.Id == deviceId && d.DrsStatusSentAtMs == now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DrsStatusSentAtMs, 0L), CancellationToken.None);
        }
    }
}
