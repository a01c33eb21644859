using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Drs;
using DeviceFirmware.Cloud.Tokens;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.Replenishment;

/// <summary>
/// "Slot S is low, episode E": at most one order per (device, slot, episode). The episode row is the
/// idempotency record: a final outcome, once stored, is the answer forever; until then, only the holder of
/// the row's lease calls DRS, so concurrent requests (in any instance) make at most one DRS call at a time,
/// and the others wait for its outcome.
/// </summary>
public sealed class ReplenishService
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan WaitForOthers = TimeSpan.FromSeconds(15);

    private readonly CloudDbContext _db;
    private readonly AccessTokenSource _tokens;
    private readonly GrantStore _grants;
    private readonly DrsClient _drs;
    private readonly TimeProvider _time;
    private readonly ILogger<ReplenishService> _log;

    /// <summary>A service on <paramref name="db"/>.</summary>
    public ReplenishService(CloudDbContext db, AccessTokenSource tokens, GrantStore grants, DrsClient drs, TimeProvider time, ILogger<ReplenishService> log)
    {
        _db = db;
        _tokens = tokens;
        _grants = grants;
        _drs = drs;
        _time = time;
        _log = log;
    }

    /// <summary>Answers a replenish request of an authenticated device.</summary>
    public async Task<ReplenishOutcome> ReplenishAsync(long deviceId, string slotId, long episode, CancellationToken cancel)
    {
        ReplenishEpisode row = await FindOrCreateAsync(deviceId, slotId, episode, cancel);
        DateTimeOffset giveUp = _time.GetUtcNow() + WaitForOthers;
        while (true)
        {
            if (row.FinalOutcome != null)
            {
                return new ReplenishOutcome(row.FinalOutcome, row.OrderId, null);
            }

            string owner = Guid.NewGuid().ToString("N");
            long now = UnixTime.NowMs(_time);
            long until = now + (long)Lease.TotalMilliseconds;
            int taken = await _db.ReplenishEpisodes
                .Where(e => e.Id == row.Id && e.FinalOutcome == null && e.LeaseUntilMs < now)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseOwner, owner).SetProperty(e => e.LeaseUntilMs, until), cancel);
            if (taken == 1)
            {
                return await DecideHoldingLeaseAsync(row, owner, cancel);
            }

            if (_time.GetUtcNow() > giveUp)
            {
                return ReplenishOutcome.Later(5);
            }

            // Another request holds the episode: its outcome is ours when it ends.
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancel);
            row = await _db.ReplenishEpisodes.AsNoTracking().FirstAsync(e => e.Id == row.Id, cancel);
        }
    }

    private async Task<ReplenishEpisode> FindOrCreateAsync(long deviceId, string slotId, long episode, CancellationToken cancel)
    {
        ReplenishEpisode? row = await Find(deviceId, slotId, episode, cancel);
        if (row != null)
        {
            return row;
        }

        long now = UnixTime.NowMs(_time);
        _db.ReplenishEpisodes.Add(new ReplenishEpisode { DeviceId = deviceId, SlotId = slotId, Episode = episode, CreatedAtMs = now, UpdatedAtMs = now });
        try
        {
            await _db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A concurrent request inserted it first: use that one.
        }

        _db.ChangeTracker.Clear();
        return (await Find(deviceId, slotId, episode, cancel))!;
    }

    private Task<ReplenishEpisode?> Find(long deviceId, string slotId, long episode, CancellationToken cancel)
    {
        return _db.ReplenishEpisodes.AsNoTracking().FirstOrDefaultAsync(e => e.DeviceId == deviceId && e.SlotId == slotId && e.Episode == episode, cancel);
    }

    private async Task<ReplenishOutcome> DecideHoldingLeaseAsync(ReplenishEpisode row, string owner, CancellationToken cancel)
    {
        ReplenishOutcome outcome;
        string? problem;
        try
        {
            (outcome, problem) = await CallDrsAsync(row, owner, cancel);
        }
        catch
        {
            await ReleaseAsync(row.Id, owner, "the server failed while ordering");
            throw;
        }

        long now = UnixTime.NowMs(_time);
        if (outcome.RetryAfterSeconds == null)
        {
            string? orderId = outcome.OrderId;
            string final = outcome.Outcome;
            await _db.ReplenishEpisodes
                .Where(e => e.Id == row.Id && e.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.FinalOutcome, final)
                    .SetProperty(e => e.OrderId, orderId)
                    .SetProperty(e => e.LastProblem, (string?)null)
                    .SetProperty(e => e.LeaseOwner, (string?)null)
                    .SetProperty(e => e.LeaseUntilMs, 0L)
                    .SetProperty(e => e.UpdatedAtMs, now), CancellationToken.None);
        }
        else
        {
            await ReleaseAsync(row.Id, owner, problem);
        }

        return outcome;
    }

    private async Task<(ReplenishOutcome Outcome, string? Problem)> CallDrsAsync(ReplenishEpisode row, string owner, CancellationToken cancel)
    {
        string? rejected = null;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            AccessTokenResult token = await _tokens.GetAsync(row.DeviceId, rejected, cancel);
            if (token.Status == AccessTokenStatus.SignInRequired)
            {
                return (ReplenishOutcome.MustSignIn(), token.Problem);
            }

            if (token.Status != AccessTokenStatus.Ok)
            {
                return (ReplenishOutcome.Later(60), token.Problem);
            }

            // Counted before the call: a call whose answer is lost still counts.
            await _db.ReplenishEpisodes.Where(e => e.Id == row.Id && e.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.DrsCalls, e => e.DrsCalls + 1), cancel);
            DrsAnswer answer = await _drs.ReplenishAsync(token.AccessToken!, row.SlotId, cancel);
            switch (answer.Kind)
            {
                case DrsAnswerKind.Ok:
                    string? final = DrsOutcomeMap.FinalOutcome(answer);
                    return final == null
                        ? (ReplenishOutcome.Later(60), "DRS answered an unknown detail code")
                        : (new ReplenishOutcome(final, answer.EventInstanceId, null), null);
                case DrsAnswerKind.InvalidToken:
                    // Refresh once and try again; a second refusal after a fresh token means DRS dropped the device.
                    rejected = token.AccessToken;
                    continue;
                case DrsAnswerKind.Forbidden:
                    _log.LogInformation("Device {DeviceId}: DRS no longer knows the device; the owner must sign in again", row.DeviceId);
                    await _grants.DeleteAsync(row.DeviceId, signInRequired: true, CancellationToken.None);
                    return (ReplenishOutcome.MustSignIn(), answer.Description);
                default:
                    _log.LogWarning("Device {DeviceId}: replenish of slot {SlotId} not placed: {Problem}", row.DeviceId, row.SlotId, answer.Description);
                    return (DrsOutcomeMap.Transient(answer), answer.Description);
            }
        }

        await _grants.DeleteAsync(row.DeviceId, signInRequired: true, CancellationToken.None);
        return (ReplenishOutcome.MustSignIn(), "DRS refused a freshly refreshed token");
    }

    private Task ReleaseAsync(long id, string owner, string? problem)
    {
        long now = UnixTime.NowMs(_time);
        return _db.ReplenishEpisodes
            .Where(e => e.Id == id && e.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.LastProblem, problem)
                .SetProperty(e => e.LeaseOwner, (string?)null)
                .SetProperty(e => e.LeaseUntilMs, 0L)
                .SetProperty(e => e.UpdatedAtMs, now), CancellationToken.None);
    }
}
