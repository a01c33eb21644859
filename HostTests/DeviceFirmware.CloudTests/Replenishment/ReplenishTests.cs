using System.Net;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Factory;
using DeviceFirmware.CloudTests.Support;
using DeviceFirmware.Sandbox;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace DeviceFirmware.CloudTests.Replenishment;

/// <summary>POST /replenish against the real DRS sandbox: outcomes, idempotency per (device, slot, episode), concurrency.</summary>
public class ReplenishTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task NotSignedIn_IsSignIn_WithoutAnyDrsCall(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];

        DeviceAnswer answer = await kit.Device(made).ReplenishAsync("slot1", 1);

        Assert.Equal("sign_in", answer.Outcome);
        Assert.True(answer.Json.GetProperty("retryAfterSeconds").GetInt32() >= 1);
        Assert.False(answer.Json.TryGetProperty("orderId", out _));
        Assert.Equal(0, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Replenish));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task TestDevice_GetsTestOrder_ARetryGetsTheSameAnswer_WithoutASecondDrsCall(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);

        DeviceAnswer first = await device.ReplenishAsync("slot1", 7);
        DeviceAnswer retry = await device.ReplenishAsync("slot1", 7);

        Assert.Equal("test_order", first.Outcome);
        Assert.False(string.IsNullOrEmpty(first.Text("orderId")));
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal(1, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Replenish));
        Assert.Single(kit.Sandbox.Orders());
        Assert.True((await device.StatusAsync()).Json.GetProperty("registered").GetBoolean());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ConcurrentDuplicates_OnTwoInstances_MakeOneDrsCall_AndAllGetTheSameOrder(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        await kit.StartSecondInstanceAsync();
        MadeDevice made = (await kit.AddDevicesAsync(false, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);

        // Slow DRS: the duplicates all arrive while the first call is still out.
        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.Slow, 1, TimeSpan.FromMilliseconds(700));
        DeviceAnswer[] answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => kit.Device(made, i % 2).ReplenishAsync("slot1", 42)));

        Assert.All(answers, a => Assert.Equal("placed", a.Outcome));
        Assert.Single(answers.Select(a => a.Text("orderId")).Distinct());
        Assert.Equal(1, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Replenish));
        ReplenishEpisode episode = await kit.DbAsync(d => d.ReplenishEpisodes.SingleAsync());
        Assert.Equal(1, episode.DrsCalls);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task NewEpisode_WhileTheOrderIsUndelivered_IsInProgress_AfterDeliveryPlacesAgain(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(false, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);

        DeviceAnswer placed = await device.ReplenishAsync("slot1", 1);
        DeviceAnswer inProgress = await device.ReplenishAsync("slot1", 2);
        kit.Sandbox.DeliverAllOrders();
        DeviceAnswer again = await device.ReplenishAsync("slot1", 3);

        Assert.Equal("placed", placed.Outcome);
        Assert.Equal("in_progress", inProgress.Outcome);
        Assert.Equal("placed", again.Outcome);
        Assert.NotEqual(placed.Text("orderId"), again.Text("orderId"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task EveryDrsFailure_MapsToItsOutcome_AndTheEpisodeStaysOpen(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db, sandbox: o => o.Slots.Add(new SandboxSlot("slot2")));
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);

        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.ServerError);
        DeviceAnswer serverError = await device.ReplenishAsync("slot1", 1);
        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.ServiceUnavailable);
        DeviceAnswer unavailable = await device.ReplenishAsync("slot1", 1);
        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.TooManyRequests, 1, TimeSpan.FromSeconds(7));
        DeviceAnswer tooMany = await device.ReplenishAsync("slot1", 1);
        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.Timeout, 1, TimeSpan.FromMilliseconds(200));
        DeviceAnswer timeout = await device.ReplenishAsync("slot1", 1);
        DeviceAnswer unknownSlot = await device.ReplenishAsync("slot9", 1);
        kit.Sandbox.SetSubscribed("slot2", false);
        DeviceAnswer unsubscribed = await device.ReplenishAsync("slot2", 1);
        DeviceAnswer afterAll = await device.ReplenishAsync("slot1", 1);

        Assert.Equal(("retry_later", 60), (serverError.Outcome, serverError.Json.GetProperty("retryAfterSeconds").GetInt32()));
        Assert.Equal("retry_later", unavailable.Outcome);
        Assert.Equal(("retry_later", 7), (tooMany.Outcome, tooMany.Json.GetProperty("retryAfterSeconds").GetInt32()));
        Assert.Equal("retry_later", timeout.Outcome);
        Assert.Equal(("retry_later", 3600), (unknownSlot.Outcome, unknownSlot.Json.GetProperty("retryAfterSeconds").GetInt32()));
        Assert.Equal(("retry_later", 3600), (unsubscribed.Outcome, unsubscribed.Json.GetProperty("retryAfterSeconds").GetInt32()));
        Assert.Equal("test_order", afterAll.Outcome);
        ReplenishEpisode slot1 = await kit.DbAsync(d => d.ReplenishEpisodes.SingleAsync(e => e.SlotId == "slot1"));
        Assert.Equal(5, slot1.DrsCalls);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task DrsForbidden_IsSignIn_AndThePageSaysSignInAgain(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);

        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.Forbidden);
        DeviceAnswer answer = await kit.Device(made).ReplenishAsync("slot1", 1);
        (HttpResponseMessage page, string html) = await user.GetAsync("/Devices");

        Assert.Equal("sign_in", answer.Outcome);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sign in again", html);
        Assert.False((await kit.Device(made).StatusAsync()).Json.GetProperty("registered").GetBoolean());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task RevokedTokens_InvalidTokenThenInvalidGrant_IsSignIn_SignInAgainFixesIt(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);

        kit.Sandbox.RevokeAllTokens();
        DeviceAnswer revoked = await device.ReplenishAsync("slot1", 1);
        Device marked = await kit.DbAsync(d => d.Devices.SingleAsync());
        (HttpResponseMessage back, _, _) = await user.SignInWithAmazonAsync(made.Serial);
        DeviceAnswer afterSignIn = await device.ReplenishAsync("slot1", 1);

        Assert.Equal("sign_in", revoked.Outcome);
        Assert.True(marked.SignInRequired);
        Assert.Equal(1, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "refresh_token"));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("test_order", afterSignIn.Outcome);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ExpiredAccessToken_IsRefreshedLazily_OnceAndOnlyWhenNeeded(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db, sandbox: o => o.Slots.Add(new SandboxSlot("slot2")));
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);

        await device.ReplenishAsync("slot1", 1);
        int refreshesBefore = kit.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "refresh_token");
        kit.Time.Advance(TimeSpan.FromHours(2));
        DeviceAnswer afterExpiry = await device.ReplenishAsync("slot2", 1);

        Assert.Equal(0, refreshesBefore);
        Assert.Equal("test_order", afterExpiry.Outcome);
        Assert.Equal(1, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "refresh_token"));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task LwaDownDuringRefresh_IsRetryLater_AndKeepsTheTokens(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db);
        MadeDevice made = (await kit.AddDevicesAsync(true, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);
        kit.Time.Advance(TimeSpan.FromHours(2));

        kit.Sandbox.Faults.Add(SandboxEndpoint.Token, Sandbox.Faults.FaultKind.ServerError);
        DeviceAnswer down = await device.ReplenishAsync("slot1", 1);
        DeviceAnswer back = await device.ReplenishAsync("slot1", 1);

        Assert.Equal("retry_later", down.Outcome);
        Assert.Equal("test_order", back.Outcome);
        Assert.Equal(1, kit.Sandbox.Requests.CountOf(SandboxEndpoint.Replenish));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task AnswerLostAfterDrsPlacedTheOrder_TheRetryIsInProgress_NotASecondOrder(string db)
    {
        await using CloudKit kit = await CloudKit.StartAsync(db, cloud: settings => settings.AmazonTimeoutSeconds = 1);
        MadeDevice made = (await kit.AddDevicesAsync(false, "SN-0001"))[0];
        using WebUser user = kit.User();
        await user.OnboardAsync(made);
        SignedDevice device = kit.Device(made);

        // DRS places the order but answers after the web application gave up waiting.
        kit.Sandbox.Faults.Add(SandboxEndpoint.Replenish, Sandbox.Faults.FaultKind.Slow, 1, TimeSpan.FromSeconds(2));
        DeviceAnswer lost = await device.ReplenishAsync("slot1", 1);
        // Until the slow call has reached DRS and placed the order (the sandbox processes it after the delay).
        for (int i = 0; i < 300 && kit.Sandbox.Orders().Count == 0; i++)
        {
            await Task.Delay(100);
        }

        DeviceAnswer retry = await device.ReplenishAsync("slot1", 1);

        Assert.Equal("retry_later", lost.Outcome);
        Assert.Equal("in_progress", retry.Outcome);
        Assert.Single(kit.Sandbox.Orders());
    }
}
