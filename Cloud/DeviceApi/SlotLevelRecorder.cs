using DeviceFirmware.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>Stores the levels a device reports, one row per (device, slot), updated in place.</summary>
public sealed class SlotLevelRecorder
{
    private readonly CloudDbContext _db;
    private readonly TimeProvider _time;

    /// <summary>A recorder on <paramref name="db"/>.</summary>
    public SlotLevelRecorder(CloudDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>Records every slot of <paramref name="report"/>.</summary>
    public async Task RecordAsync(long deviceId, LevelsReport report, CancellationToken cancel)
    {
        long now = UnixTime.NowMs(_time);
        foreach ((string slot, double percent) in report.Levels)
        {
            for (int attempt = 0; attempt < 2; attempt++)
            {
                int updated = await _db.SlotLevels.Where(l => l.DeviceId == deviceId && l.SlotId == slot)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.Percent, percent).SetProperty(l => l.ReportedAtMs, now), cancel);
                if (updated == 1)
                {
                    break;
                }

                _db.SlotLevels.Add(new SlotLevel { DeviceId = deviceId, SlotId = slot, Percent = percent, ReportedAtMs = now });
                try
                {
                    await _db.SaveChangesAsync(cancel);
                    break;
                }
                catch (DbUpdateException e) when (UniqueViolation.Is(e))
                {
                    // Inserted concurrently by another request: update it on the next pass.
                }
                finally
                {
                    _db.ChangeTracker.Clear();
                }
            }
        }
    }
}
