using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Log;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DeviceFirmware.CloudTests.Tokens;

/// <summary>
/// Refresh-token rotation under concurrency: the sandbox rotates on every refresh and revokes the whole family
/// when a replaced token comes back (RFC 9700 reuse detection), so one double redemption anywhere would end
/// in invalid_grant, "sign in again" and sign_in outcomes, and fail these tests.
/// </summary>
public class TokenRotationTests
{
    private const int Slots = 6;
    private const int Rounds = 4;

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ConcurrentRequestsOnTwoInstances_RedeemEachRefreshTokenOnce(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db, sandbox: options =>
        {
            options.RotateRefreshTokens = true;
            options.Slots.Clear();
            for (int s = 1; s <= Slots; s++)
            {
                options.Slots.Add(new SandboxSlot("slot" + s));
            }
        });
        await kit.StartSecondInstanceAsync();
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);

        var outcomes = new List<DeviceAnswer>();
        for (int round = 1; round <= Rounds; round++)
        {
            // Every round starts with an expired access token: all requests want a refresh at once.
            kit.Time.Advance(TimeSpan.FromHours(2));
            DeviceAnswer[] answers = await Task.WhenAll(Enumerable.Range(1, Slots * 2).Select(i =>
                kit.Device(made, i % 2).ReplenishAsync("slot" + (((i - 1) % Slots) + 1), (round * 10) + ((i - 1) / Slots))));
            outcomes.AddRange(answers);
        }

        IReadOnlyList<RequestRecord> refreshes = kit.Sandbox.Requests.Snapshot()
            .Where(r => r.Endpoint == SandboxEndpoint.Token && r.GrantType == "refresh_token").ToList();
        Assert.All(outcomes, a => Assert.True(a.Status == 200 && a.Outcome is "test_order" or "in_progress", a.ToString()));
        Assert.Equal(Rounds, refreshes.Count);
        Assert.All(refreshes, r => Assert.Equal(200, r.Status));
        Assert.Equal(Rounds, refreshes.Select(r => r.TokenFingerprint).Distinct().Count());
        LwaGrant grant = await kit.DbAsync(d => d.LwaGrants.SingleAsync());
        Assert.Equal(Rounds, grant.Refreshes);
        Assert.False((await kit.DbAsync(d => d.Devices.SingleAsync())).SignInRequired);
    }
}
