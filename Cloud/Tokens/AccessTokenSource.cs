using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Lwa;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Tokens;

/// <summary>
/// Gives a valid access token for a device, refreshing lazily (only when the stored one is about to expire or
/// DRS refused it). A refresh token is redeemed by one request of one instance at a time: the redeemer first
/// takes a lease on the grant row with a conditional update (same <see cref="LwaGrant.Version"/>, no live
/// lease), and writes the new tokens back only while it still holds that lease. Everyone else waits for the
/// new version. invalid_grant deletes the tokens and marks the device "sign in again".
/// </summary>
public sealed class AccessTokenSource
{
    /// <summary>How long a refresh lease holds: longer than an LWA call can take (the HTTP timeout is 15 s).</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    // A token this close to expiry is refreshed first, so it cannot expire on the way to DRS.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan WaitForOthers = TimeSpan.FromSeconds(20);

    private readonly CloudDbContext _db;
    private readonly SecretProtector _secrets;
    private readonly LwaTokenClient _lwa;
    private readonly GrantStore _grants;
    private readonly TimeProvider _time;
    private readonly ILogger<AccessTokenSource> _log;

    /// <summary>A source on <paramref name="db"/>.</summary>
    public AccessTokenSource(CloudDbContext db, SecretProtector secrets, LwaTokenClient lwa, GrantStore grants, TimeProvider time, ILogger<AccessTokenSource> log)
    {
        _db = db;
        _secrets = secrets;
        _lwa = lwa;
        _grants = grants;
        _time = time;
        _log = log;
    }

    /// <summary>A valid access token for <paramref name="deviceId"/>.</summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="rejected">An access token DRS just refused (a refresh is then forced unless another request already replaced it); null otherwise.</param>
    /// <param name="cancel">Cancels.</param>
    public async Task<AccessTokenResult> GetAsync(long deviceId, string? rejected, CancellationToken cancel)
    {
        DateTimeOffset giveUp = _time.GetUtcNow() + WaitForOthers;
        while (true)
        {
            LwaGrant? grant = await _db.LwaGrants.AsNoTracking().FirstOrDefaultAsync(g => g.DeviceId == deviceId, cancel);
            if (grant == null)
            {
                return new AccessTokenResult(AccessTokenStatus.SignInRequired, null, "no Amazon sign-in for this device");
            }

            long now = UnixTime.NowMs(_time);
            string access = _secrets.Unprotect(SecretKind.AccessToken, grant.ProtectedAccessToken);
            if (grant.AccessExpiresAtMs > now + (long)ExpiryMargin.TotalMilliseconds && access != rejected)
            {
                return new AccessTokenResult(AccessTokenStatus.Ok, access, null);
            }

            string owner = Guid.NewGuid().ToString("N");
            long leaseUntil = now + (long)LeaseDuration.TotalMilliseconds;
            int taken = await _db.LwaGrants
                .Where(g => g.DeviceId == deviceId && g.Version == grant.Version && g.LeaseUntilMs < now)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.LeaseOwner, owner).SetProperty(g => g.LeaseUntilMs, leaseUntil), cancel);
            if (taken == 1)
            {
                return await RefreshHoldingLeaseAsync(deviceId, grant, owner, cancel);
            }

            // Another request (maybe in another instance) is refreshing, or just did: wait for its new version.
            if (_time.GetUtcNow() > giveUp)
            {
                return new AccessTokenResult(AccessTokenStatus.Unavailable, null, "another refresh of this device's token took too long");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancel);
        }
    }

    private async Task<AccessTokenResult> RefreshHoldingLeaseAsync(long deviceId, LwaGrant grant, string owner, CancellationToken cancel)
    {
        string refreshToken = _secrets.Unprotect(SecretKind.RefreshToken, grant.ProtectedRefreshToken);
        LwaResult result = await _lwa.RefreshAsync(refreshToken, cancel);
        switch (result.Kind)
        {
            case LwaResultKind.Ok:
                LwaTokens tokens = result.Tokens!;
                long now = UnixTime.NowMs(_time);

                // LWA may rotate the refresh token: keep the new one, or the old one when the answer omits it.
                string newRefresh = _secrets.Protect(SecretKind.RefreshToken, tokens.RefreshToken ?? refreshToken);
                string newAccess = _secrets.Protect(SecretKind.AccessToken, tokens.AccessToken);
                long expires = now + (tokens.ExpiresInSeconds * 1000);
                int written = await _db.LwaGrants
                    .Where(g => g.DeviceId == deviceId && g.LeaseOwner == owner)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(g => g.ProtectedRefreshToken, newRefresh)
                        .SetProperty(g => g.ProtectedAccessToken, newAccess)
                        .SetProperty(g => g.AccessExpiresAtMs, expires)
                        .SetProperty(g => g.Version, g => g.Version + 1)
                        .SetProperty(g => g.Refreshes, g => g.Refreshes + 1)
                        .SetProperty(g => g.LeaseOwner, (string?)null)
                        .SetProperty(g => g.LeaseUntilMs, 0L), CancellationToken.None);
                if (written == 0)
                {
                    // The row was replaced meanwhile (a new sign-in or Remove): these tokens belong to nobody now.
                    _log.LogWarning("Device {DeviceId}: refreshed tokens discarded, the grant changed during the refresh", deviceId);
                    return new AccessTokenResult(AccessTokenStatus.Unavailable, null, "the device's sign-in changed during a refresh");
                }

                return new AccessTokenResult(AccessTokenStatus.Ok, tokens.AccessToken, null);
            case LwaResultKind.InvalidGrant:
                _log.LogInformation("Device {DeviceId}: LWA answered invalid_grant; the owner must sign in again", deviceId);
                await _grants.DeleteAsync(deviceId, signInRequired: true, CancellationToken.None);
                return new AccessTokenResult(AccessTokenStatus.SignInRequired, null, "Amazon no longer accepts this device's sign-in");
            default:
                _log.LogWarning("Device {DeviceId}: token refresh failed: {Error}", deviceId, result.Error);
                await _db.LwaGrants
                    .Where(g => g.DeviceId == deviceId && g.LeaseOwner == owner)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.LeaseOwner, (string?)null).SetProperty(g => g.LeaseUntilMs, 0L), CancellationToken.None);
                return new AccessTokenResult(AccessTokenStatus.Unavailable, null, "Login with Amazon failed: " + result.Error);
        }
    }
}
