using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Lwa;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Tokens;

/// <summary>Stores a device's new tokens after a sign-in, and deletes them (Remove, invalid_grant).</summary>
public sealed class GrantStore
{
    private readonly CloudDbContext _db;
    private readonly SecretProtector _secrets;
    private readonly TimeProvider _time;

    /// <summary>A store on <paramref name="db"/>.</summary>
    public GrantStore(CloudDbContext db, SecretProtector secrets, TimeProvider time)
    {
        _db = db;
        _secrets = secrets;
        _time = time;
    }

    /// <summary>Replaces the device's tokens with those of a code exchange and clears "sign in again".</summary>
    public async Task SaveAsync(long deviceId, LwaTokens tokens, CancellationToken cancel)
    {
        if (tokens.RefreshToken == null)
        {
            throw new ArgumentException("A code exchange must return a refresh token.", nameof(tokens));
        }

        long now = UnixTime.NowMs(_time);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancel);

        // Deleting the old row also voids any refresh in flight on it: its write-back is conditional on its lease.
        await _db.LwaGrants.Where(g => g.DeviceId == deviceId).ExecuteDeleteAsync(cancel);
        _db.LwaGrants.Add(new LwaGrant
        {
            DeviceId = deviceId,
            ProtectedRefreshToken = _secrets.Protect(SecretKind.RefreshToken, tokens.RefreshToken),
            ProtectedAccessToken = _secrets.Protect(SecretKind.AccessToken, tokens.AccessToken),
            AccessExpiresAtMs = now + (tokens.ExpiresInSeconds * 1000),
            Version = 1,
        });
        await _db.SaveChangesAsync(cancel);
        await _db.Devices.Where(d => d.Id == deviceId).ExecuteUpdateAsync(s => s.SetProperty(d => d.SignInRequired, false), cancel);
        await transaction.CommitAsync(cancel);
        _db.ChangeTracker.Clear();
    }

    /// <summary>Deletes the device's tokens; with <paramref name="signInRequired"/> the page then asks the owner to sign in again.</summary>
    public async Task DeleteAsync(long deviceId, bool signInRequired, CancellationToken cancel)
    {
        await _db.LwaGrants.Where(g => g.DeviceId == deviceId).ExecuteDeleteAsync(cancel);
        await _db.Devices.Where(d => d.Id == deviceId).ExecuteUpdateAsync(s => s.SetProperty(d => d.SignInRequired, signInRequired), cancel);
    }
}
