using System;
using DeviceFirmware.App;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Simulator;
using DeviceFirmware.Tests.Fakes;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>
    /// DRS answering 403 (the sandbox's Forbidden fault, as a captive portal or proxy would) end to end:
    /// a burst that ends costs no pairing and still yields exactly one order; one that does not end
    /// erases the tokens only once 3 refusals over at least an hour prove the grant dead.
    /// </summary>
    public class DrsRefusalEndToEndTests
    {
        [Fact]
        public void AForbiddenBurstThatEndsKeepsTheTokensAndYieldsExactlyOneOrder()
        {
            var memory = new MemoryFlashStore();
            using SimulationRun run = E2E.Silent(memory);
            E2E.StartProvisioned(run);
            run.AutoProvision = false;

            // Six DRS requests refused: three refusals of freshly refreshed tokens within 40 minutes.
            SandboxFault burst = run.Sandbox.Faults.Add(SandboxEndpoint.AnyDrs, FaultKind.Forbidden, 6);
            Assert.True(run.RunUntil(() => run.App.Mode == FirmwareMode.Error, TimeSpan.FromDays(10)), "the refusal is shown");
            Assert.True(run.RunUntil(() => burst.Remaining == 0, TimeSpan.FromDays(10)), "the burst was met");
            Assert.True(run.App.IsProvisioned);
            Assert.True(E2E.TokensOn(memory), "tokens kept during the burst");

            Assert.True(run.RunUntil(() => run.OrdersPlaced > 0, TimeSpan.FromDays(10)), "ordered after the burst");
            run.RunUntil(() => false, TimeSpan.FromHours(12));

            Assert.Single(run.Sandbox.Orders());
            Assert.Equal(1, run.Provisionings);
            Assert.True(E2E.TokensOn(memory), "tokens still kept");
            Assert.Equal(FirmwareMode.Operating, run.App.Mode);
            Assert.Contains(run.Log.Lines, l => l.Contains("tokens kept", StringComparison.Ordinal));
            E2E.NoSecretLogged(run);
        }

        [Fact]
        public void AForbiddenAnswerThatNeverEndsErasesTheTokensOnlyAfterAnHour()
        {
            var memory = new MemoryFlashStore();
            using SimulationRun run = E2E.Silent(memory);
            E2E.StartProvisioned(run);
            run.AutoProvision = false;
            SandboxFault wall = run.Sandbox.Faults.Add(SandboxEndpoint.AnyDrs, FaultKind.Forbidden, SandboxFault.Always);
            DateTime start = run.Clock.UtcNow;

            Assert.True(run.RunUntil(() => run.App.Mode == FirmwareMode.Error, TimeSpan.FromDays(1)), "the refusal is shown");
            DateTime firstRefusal = run.Clock.UtcNow;
            run.RunUntil(() => !run.App.IsProvisioned, firstRefusal.AddMinutes(59) - run.Clock.UtcNow);
            Assert.True(run.App.IsProvisioned, "still provisioned within the hour");
            Assert.True(E2E.TokensOn(memory), "tokens kept within the hour");

            Assert.True(run.RunUntil(() => !run.App.IsProvisioned, TimeSpan.FromDays(1)), "erased in the end");
            Assert.True(run.Clock.UtcNow - firstRefusal >= TimeSpan.FromMinutes(60), "not before an hour of refusals");
            Assert.False(E2E.TokensOn(memory), "the tokens are wiped");
            Assert.Equal(FirmwareMode.WindowOpen, run.App.Mode);
            Assert.True(wall.Applied < 40, "backed off: a few requests an hour");
            Assert.True(start <= firstRefusal);
            E2E.NoSecretLogged(run);
        }
    }
}
