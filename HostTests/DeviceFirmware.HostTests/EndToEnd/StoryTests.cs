using System;
using System.Linq;
using DeviceFirmware.App;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Simulator;
using DeviceFirmware.Tests.Fakes;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>The simulator's story and its variants, end to end through the in-process sandbox.</summary>
    public class StoryTests
    {
        [Fact]
        public void HappyPath_ProvisionsOrdersOnceRefillsRebootsAndRefreshes()
        {
            var memory = new MemoryFlashStore();
            using SimulationRun run = E2E.Silent(memory);

            SimulationReport report = run.RunStory();

            // One order per episode: the delivered one, and the test order the maker cancels.
            Assert.True(report.Passed, report.ToText());
            Assert.Equal(2, report.Orders);
            Assert.Equal(2, report.LowEpisodes);
            Assert.Equal(0, report.DuplicateOrders);
            Assert.Equal(1, report.CodeExchanges);
            Assert.Equal(2, report.Boots);
            Assert.Equal(FirmwareMode.Operating, report.FinalMode);
            Assert.Equal(1, report.TokenWrites);
            Assert.Equal(0, report.FirmwareErrors);
            Assert.Equal(0, report.FailedRequests);
            Assert.True(run.Sandbox.Requests.Snapshot().Last(r => r.Endpoint == SandboxEndpoint.Token).GrantType == "refresh_token" || report.Refreshes > 1);
            E2E.NoSecretLogged(run);
        }

        [Fact]
        public void AReusedCodeIsRefusedAndANewLoginProvisions()
        {
            using SimulationRun run = E2E.Silent(new MemoryFlashStore());
            E2E.StartProvisioned(run);
            string used = run.Companion.LastCode;
            run.AutoProvision = false;
            run.App.FactoryReset(run.Clock.UtcNow);
            Assert.Equal(FirmwareMode.WindowOpen, run.App.Mode);

            Assert.True(run.Provision(codeOverride: used), "a new login after the refusal provisions");

            Assert.Equal(3, run.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.Contains(run.Sandbox.Requests.Snapshot(), r => r.Endpoint == SandboxEndpoint.Token && r.Status == 400 && r.Outcome.Contains("invalid_grant"));
            Assert.True(run.RunUntil(() => run.App.Mode == FirmwareMode.Operating, TimeSpan.FromMinutes(2)));
            E2E.NoSecretLogged(run);
        }

        [Fact]
        public void AnExpiredCodeIsRefusedAndANewLoginProvisions()
        {
            using SimulationRun run = E2E.Silent(new MemoryFlashStore());
            run.AutoProvision = false;
            run.Start();
            run.PowerOn();
            run.Companion.Connect(run.Peripheral);
            var challenge = run.Companion.Client.ReadChallenge();
            string code = run.Companion.Login(run.Config.DeviceModel, run.Serial, challenge.Challenge, challenge.Method);
            run.Clock.Advance(TimeSpan.FromMinutes(6));

            Assert.True(run.Provision(codeOverride: code), "the second attempt with a fresh code provisions");

            Assert.Equal(2, run.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.Equal(1, run.Provisionings);
            Assert.True(run.App.IsProvisioned);
        }

        [Fact]
        public void ARevokedRefreshTokenReturnsTheDeviceToProvisioning()
        {
            var memory = new MemoryFlashStore();
            using SimulationRun run = E2E.Silent(memory);
            E2E.StartProvisioned(run);
            run.RunUntil(() => false, TimeSpan.FromHours(2));
            run.AutoProvision = false;
            run.Sandbox.RevokeAllTokens();

            Assert.True(run.RunUntil(() => !run.App.IsProvisioned, TimeSpan.FromDays(2)), "revocation noticed");

            Assert.Equal(FirmwareMode.WindowOpen, run.App.Mode);
            Assert.False(E2E.TokensOn(memory), "the dead refresh token is wiped");
            run.AutoProvision = true;
            Assert.True(run.RunUntil(() => run.App.Mode == FirmwareMode.Operating, TimeSpan.FromMinutes(15)), "provisioned again");
            Assert.Equal(2, run.Provisionings);
        }

        [Fact]
        public void ADrs5xxBurstDuringALowEpisodeStillYieldsExactlyOneOrder()
        {
            using SimulationRun run = E2E.Silent(new MemoryFlashStore());
            E2E.StartProvisioned(run);
            run.Sandbox.Faults.Add(SandboxEndpoint.Replenish, FaultKind.ServiceUnavailable, 3);
            run.Sandbox.Faults.Add(SandboxEndpoint.Replenish, FaultKind.ServerError, 2);

            Assert.True(run.RunUntil(() => run.OrdersPlaced > 0, TimeSpan.FromDays(10)), "ordered despite the burst");
            run.RunUntil(() => false, TimeSpan.FromHours(12));

            Assert.Single(run.Sandbox.Orders());
            Assert.Equal(6, run.Sandbox.Requests.CountOf(SandboxEndpoint.Replenish));
            Assert.Equal(SlotPhase.Ordered, run.App.Replenishment.SlotAt(0).Phase);
        }

        [Fact]
        public void ThirtyDaySoakMeetsItsTargets()
        {
            var memory = new MemoryFlashStore();
            using SimulationRun run = E2E.Silent(memory, s => s.Quiet = true);

            SimulationReport report = run.RunSoak(30);

            Assert.True(report.LowEpisodes >= 4, "several episodes in a month");
            Assert.Equal(report.LowEpisodes - report.EpisodesAwaitingOrder, report.Orders);
            Assert.Equal(0, report.DuplicateOrders);
            Assert.Equal(report.Orders, report.RequestsByEndpoint["Replenish"]);
            Assert.Equal(1, report.CodeExchanges);
            Assert.Equal(1, report.TokenWrites);

            // Every episode write is a phase change: pending, ordered, re-armed (at most three per order).
            Assert.InRange(report.EpisodeWrites, 2 * report.Orders, 3 * report.Orders);
            Assert.Equal(0, report.FirmwareErrors);
            Assert.Equal(0, report.TickFailures);
            Assert.Equal(0, report.FailedRequests);
            Assert.True(report.WallTime < TimeSpan.FromSeconds(60), "a month in seconds: " + report.WallTime);
            Assert.Contains("orders placed:", report.ToText());
        }
    }
}
