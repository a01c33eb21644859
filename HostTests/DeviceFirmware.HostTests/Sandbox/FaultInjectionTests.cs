using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Faults;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>Each fault kind, its count, its selectors, and that held requests never outlive the server.</summary>
    public class FaultInjectionTests
    {
        [Fact]
        public async Task ServerError_AnswersTheNextNRequests_WithoutProcessingThem()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            SandboxFault fault = kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.ServerError, 2);

            Answer first = await kit.ReplenishAsync(access);
            Answer second = await kit.ReplenishAsync(access);
            Answer third = await kit.ReplenishAsync(access);

            Assert.Equal(500, first.Status);
            Assert.Equal("Internal Server Error", first.Message);
            Assert.Equal(500, second.Status);
            Assert.Equal("TEST_ORDER_PLACED", third.Text("detailCode"));
            Assert.Single(kit.Server.Orders());
            Assert.Equal(2, fault.Applied);
            Assert.Equal(0, fault.Remaining);
            Assert.Empty(kit.Server.Faults.Armed);
        }

        [Fact]
        public async Task ServiceUnavailable_OnTheTokenEndpoint_UsesLwaErrorShape()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string _, string refresh) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Token, FaultKind.ServiceUnavailable);

            Answer unavailable = await kit.RefreshAsync(refresh);

            Assert.Equal(503, unavailable.Status);
            Assert.Equal("temporarily_unavailable", unavailable.Error);
            Assert.Equal(200, (await kit.RefreshAsync(refresh)).Status);
        }

        [Fact]
        public async Task ServerError_OnTheTokenEndpoint_IsServerError()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Token, FaultKind.ServerError);
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Answer failed = await kit.ExchangeAsync(code, verifier);

            Assert.Equal((500, "server_error"), (failed.Status, failed.Error));
            Assert.Equal(200, (await kit.ExchangeAsync(code, verifier)).Status);
        }

        [Fact]
        public async Task TooManyRequests_Is429WithRetryAfter()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.SubscriptionInfo, FaultKind.TooManyRequests, 1, TimeSpan.FromSeconds(7));

            Answer answer = await kit.SubscriptionInfoAsync(access);

            Assert.Equal(429, answer.Status);
            Assert.Equal("7", answer.Header("Retry-After"));
        }

        [Fact]
        public async Task Forbidden_Is403()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.AnyDrs, FaultKind.Forbidden, SandboxFault.Always);

            Assert.Equal(403, (await kit.ReplenishAsync(access)).Status);
            Assert.Equal(403, (await kit.DeviceStatusAsync(access)).Status);
            kit.Server.Faults.Clear();
            Assert.Equal(200, (await kit.DeviceStatusAsync(access)).Status);
        }

        [Fact]
        public async Task Timeout_HoldsPastTheClientTimeout_ProcessesNothing_AndRecordsNoAnswer()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(clientTimeout: TimeSpan.FromMilliseconds(300));
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.Timeout);
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAsync<TaskCanceledException>(() => kit.ReplenishAsync(access));

            Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
            Assert.Empty(kit.Server.Orders());
            Assert.Equal(0, kit.Server.Requests.Snapshot()[^1].Status);
            Assert.Equal(FaultKind.Timeout, kit.Server.Requests.Snapshot()[^1].Fault);
            Assert.Equal("TEST_ORDER_PLACED", (await kit.ReplenishAsync(access)).Text("detailCode"));
        }

        [Fact]
        public async Task Timeout_WithAShortHold_DropsTheConnection()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.Timeout, 1, TimeSpan.FromMilliseconds(100));

            await Assert.ThrowsAsync<HttpRequestException>(() => kit.ReplenishAsync(access));

            Assert.Empty(kit.Server.Orders());
        }

        [Fact]
        public async Task Stopping_ReleasesAHeldRequest_AtOnce()
        {
            SandboxKit kit = await SandboxKit.StartAsync(clientTimeout: TimeSpan.FromSeconds(60));
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.Timeout);
            Task<Answer> held = kit.ReplenishAsync(access);
            await EventuallyAsync(() => kit.Server.Requests.CountOf(SandboxEndpoint.Replenish) == 1);

            var watch = Stopwatch.StartNew();
            await kit.Server.DisposeAsync();

            await Assert.ThrowsAnyAsync<Exception>(() => held);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), "stop took " + watch.Elapsed);
            await kit.DisposeAsync();
        }

        [Fact]
        public async Task Slow_DelaysTheAnswer_ThenProcesses()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.Slow, 1, TimeSpan.FromMilliseconds(300));
            var watch = Stopwatch.StartNew();

            Answer answer = await kit.ReplenishAsync(access);

            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), "answered after " + watch.Elapsed);
            Assert.Equal("TEST_ORDER_PLACED", answer.Text("detailCode"));
        }

        [Fact]
        public async Task Slow_PastTheClientTimeout_StillPlacesTheOrder_SoTheRetryFindsItInProgress()
        {
            // The client's timeout covers every call of the kit: 1 s leaves a loaded CI machine room for the
            // other calls (with 200 ms a call the test expects to succeed timed out once), and the slow answer stays twice as long.
            await using SandboxKit kit = await SandboxKit.StartAsync(clientTimeout: TimeSpan.FromSeconds(1));
            (string access, string _) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.Slow, 1, TimeSpan.FromSeconds(2));

            await Assert.ThrowsAsync<TaskCanceledException>(() => kit.ReplenishAsync(access));
            await EventuallyAsync(() => kit.Server.Orders().Count == 1);

            Assert.Equal("ORDER_INPROGRESS", (await kit.ReplenishAsync(access)).Text("detailCode"));
        }

        [Fact]
        public async Task InvalidGrant_OnTheNextRefreshOnly_LeavesTheTokenValid()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Token, FaultKind.InvalidGrant);
            (string _, string refresh) = await kit.ProvisionAsync();

            Answer faulted = await kit.RefreshAsync(refresh);
            Answer next = await kit.RefreshAsync(refresh);

            Assert.Equal((400, "invalid_grant"), (faulted.Status, faulted.Error));
            Assert.Equal(200, next.Status);
        }

        [Fact]
        public async Task RevokeAllTokens_ThenTheRequestFailsAsRevoked()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.RevokeAllTokens);

            Answer answer = await kit.ReplenishAsync(access);

            Assert.Equal((400, "Invalid token"), (answer.Status, answer.Message));
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh)).Error);
        }

        [Fact]
        public async Task RotateRefreshToken_RotatesTheNextRefresh_EvenWithRotationOff()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string _, string refresh1) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Token, FaultKind.RotateRefreshToken);

            string refresh2 = (await kit.RefreshAsync(refresh1)).Text("refresh_token");
            string refresh3 = (await kit.RefreshAsync(refresh2)).Text("refresh_token");

            Assert.NotEqual(refresh1, refresh2);
            Assert.Equal(refresh2, refresh3);
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh1)).Error);
        }

        [Fact]
        public async Task RotateRefreshToken_Always_RotatesEveryRefresh()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string _, string refresh) = await kit.ProvisionAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Token, FaultKind.RotateRefreshToken, SandboxFault.Always);

            for (int i = 0; i < 3; i++)
            {
                string next = (await kit.RefreshAsync(refresh)).Text("refresh_token");
                Assert.NotEqual(refresh, next);
                refresh = next;
            }
        }

        [Fact]
        public async Task RefreshOnlyFaults_DoNotTouchTheCodeExchange()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            SandboxFault fault = kit.Server.Faults.Add(SandboxEndpoint.Token, FaultKind.InvalidGrant);

            (string _, string refresh) = await kit.ProvisionAsync();

            Assert.Equal(0, fault.Applied);
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh)).Error);
        }

        [Fact]
        public async Task GrantTypeSelector_FaultsOnlyThatGrant()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            kit.Server.Faults.Add(new SandboxFault(SandboxEndpoint.Token, FaultKind.ServerError, 1, grantType: "refresh_token"));

            (string _, string refresh) = await kit.ProvisionAsync();

            Assert.Equal(500, (await kit.RefreshAsync(refresh)).Status);
        }

        [Fact]
        public async Task AnyEndpoint_TakesTheFirstRequest_EvenAuthorize()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            kit.Server.Faults.Add(SandboxEndpoint.Any, FaultKind.ServiceUnavailable);

            Answer answer = await kit.AuthorizeAsync(SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier())));

            Assert.Equal(503, answer.Status);
            Assert.NotNull(await kit.CodeAsync(TestPkce.S256(TestPkce.NewVerifier())));
        }

        [Fact]
        public void BadFaults_AreRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new SandboxFault(SandboxEndpoint.Replenish, FaultKind.ServerError, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => new SandboxFault(SandboxEndpoint.Replenish, FaultKind.Timeout, 1, TimeSpan.FromSeconds(31)));
            Assert.Throws<ArgumentException>(() => new SandboxFault(SandboxEndpoint.Unknown, FaultKind.ServerError));
        }

        private static async Task EventuallyAsync(Func<bool> condition)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "condition not met within 5 s");
                await Task.Delay(10);
            }
        }
    }
}
