using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Devices;

/// <summary>Registers a device to an account on proof of possession (serial + claim code from the label), and finds an account's devices.</summary>
public sealed class DeviceRegistry
{
    private readonly CloudDbContext _db;
    private readonly TimeProvider _time;

    /// <summary>A registry on <paramref name="db"/>.</summary>
    public DeviceRegistry(CloudDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>Registers the device with this serial to <paramref name="accountId"/> if the claim code is right.</summary>
    public async Task<ClaimResult> ClaimAsync(long accountId, string serial, string claimCode, CancellationToken cancel)
    {
        Device? device = await _db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Serial == serial && d.Active, cancel);
        if (device == null || !ClaimCode.Matches(claimCode, device.ClaimCodeHash))
        {
            return ClaimResult.Wrong;
        }

        if (device.OwnerAccountId == accountId)
        {
            return ClaimResult.Registered;
        }

        long now = UnixTime.NowMs(_time);

        // Conditional: two accounts claiming at once cannot both win.
        int claimed = await _db.Devices.Where(d => d.Id == device.Id && d.OwnerAccountId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.OwnerAccountId, accountId).SetProperty(d => d.RegisteredAtMs, now), cancel);
        return claimed == 1 ? ClaimResult.Registered : ClaimResult.OwnedByAnother;
    }

    /// <summary>The account's device with this serial, or null.</summary>
    public Task<Device?> FindOwnedAsync(long accountId, string? serial, CancellationToken cancel)
    {
        return _db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Serial == serial && d.OwnerAccountId == accountId, cancel);
    }

    /// <summary>What the My devices page shows for each of the account's devices.</summary>
    public async Task<IReadOnlyList<DeviceView>> OverviewAsync(long accountId, CancellationToken cancel)
    {
        List<Device> devices = await _db.Devices.AsNoTracking().Where(d => d.OwnerAccountId == accountId).OrderBy(d => d.Serial).ToListAsync(cancel);
        List<long> ids = devices.Select(d => d.Id).ToList();
        HashSet<long> signedIn = (await _db.LwaGrants.AsNoTracking().Where(g => ids.Contains(g.DeviceId)).Select(g => g.DeviceId).ToListAsync(cancel)).ToHashSet();
        List<SlotLevel> levels = await _db.SlotLevels.AsNoTracking().Where(l => ids.Contains(l.DeviceId)).ToListAsync(cancel);
        List<ReplenishEpisode> episodes = await _db.ReplenishEpisodes.AsNoTracking().Where(e => ids.Contains(e.DeviceId)).ToListAsync(cancel);

        var views = new List<DeviceView>();
        foreach (Device device in devices)
        {
            var slotIds = levels.Where(l => l.DeviceId == device.Id).Select(l => l.SlotId)
                .Union(episodes.Where(e => e.DeviceId == device.Id).Select(e => e.SlotId)).OrderBy(s => s, StringComparer.Ordinal);
            var slots = new List<SlotView>();
            foreach (string slotId in slotIds)
            {
                SlotLevel? level = levels.FirstOrDefault(l => l.DeviceId == device.Id && l.SlotId == slotId);
                ReplenishEpisode? last = episodes.Where(e => e.DeviceId == device.Id && e.SlotId == slotId).OrderByDescending(e => e.UpdatedAtMs).FirstOrDefault();
                slots.Add(new SlotView(slotId, level?.Percent, level == null ? null : UnixTime.From(level.ReportedAtMs), last));
            }

            views.Add(new DeviceView(device, signedIn.Contains(device.Id), slots));
        }

        return views;
    }
}
