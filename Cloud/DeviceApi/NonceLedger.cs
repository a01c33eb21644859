using DeviceFirmware.Cloud.Data;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>Remembers each device's nonces in the database, so a nonce is accepted once across every instance.</summary>
public sealed class NonceLedger
{
    private readonly CloudDbContext _db;
    private readonly TimeProvider _time;

    /// <summary>A ledger on <paramref name="db"/>.</summary>
    public NonceLedger(CloudDbContext db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>Records the nonce; false when this device used it before (the primary key refuses a second insert).</summary>
    public async Task<bool> TryUseAsync(long deviceId, string nonce, CancellationToken cancel)
    {
        _db.DeviceNonces.Add(new DeviceNonce { DeviceId = deviceId, Nonce = nonce, SeenAtMs = UnixTime.NowMs(_time) });
        try
        {
            await _db.SaveChangesAsync(cancel);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>Forgets this device's nonces older than the memory (10 minutes): a request that old fails the timestamp window anyway.</summary>
    public Task PruneAsync(long deviceId, CancellationToken cancel)
    {
        long before = UnixTime.NowMs(_time) - (DeviceApiFormats.NonceMemorySeconds * 1000L);
        return _db.DeviceNonces.Where(n => n.DeviceId == deviceId && n.SeenAtMs < before).ExecuteDeleteAsync(cancel);
    }
}
