using System;
using System.IO;
using System.Linq;
using DeviceFirmware.App;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Simulator;
using DeviceFirmware.Status;
using DeviceFirmware.Tests.Fakes;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>
    /// The simulator as a maker's tool: a short soak with no episode passes, the soak ends with a
    /// factory reset, the story checks an order and cancels a test order, external runs cover episodes
    /// answered ORDER_INPROGRESS and count the device's own requests, and the story speaks plainly.
    /// </summary>
    public class MakerToolTests
    {
        [Fact]
        public void AShortSoakWithNoEpisodeAndNoOrderPasses_AndEndsWithAFactoryReset()
        {
            using SimulationRun run = E2E.Silent(new MemoryFlashStore(), s => s.Quiet = true);

            SimulationReport report = run.RunSoak(3);

            Assert.Equal(0, report.LowEpisodes);
            Assert.Equal(0, report.Orders);
            Assert.True(report.Passed, report.ToText());
            Assert.Contains("0 for 0 low episode(s) (target: one each): OK", report.ToText());
            Assert.Equal(1, run.Sandbox.Requests.CountOf(SandboxEndpoint.Deregister));
            Assert.All(run.Sandbox.Registrations(), r => Assert.False(r.Active));
            Assert.False(run.App.IsProvisioned);
            Assert.StartsWith("deregistered", report.FactoryReset);
            Assert.Contains("factory reset:      deregistered", report.ToText());
        }

        [Fact]
        public void ASoakThatNeverProvisionsDoesNotPass()
        {
            using SimulationRun run = E2E.Silent(new MemoryFlashStore(), s => s.Quiet = true);
            run.AutoProvision = false;

            SimulationReport report = run.RunSoak(1);

            Assert.False(report.Passed);
            Assert.Contains("never provisioned", report.ToText());
        }

        [Fact]
        public void TheStoryChecksAnOrdersStatus_AndCancelsATestOrder()
        {
            var output = new StringWriter();
            using SimulationRun run = new SimulationRun(new SimulationSettings { Flash = new MemoryFlashStore() }, output);

            SimulationReport report = run.RunStory();

            string story = output.ToString();
            Assert.True(report.Passed, story);
            Assert.Equal(2, run.Sandbox.Requests.CountOf(SandboxEndpoint.OrderInfo));
            Assert.Equal(1, run.Sandbox.Requests.CountOf(SandboxEndpoint.CancelTestOrders));
            Assert.Equal(new[] { SandboxOrder.Delivered, SandboxOrder.Cancelled }, run.Sandbox.Orders().Select(o => o.Status).ToArray());
            Assert.Contains("is pending, expected by 2030-", story);
            Assert.Contains("DRS: test order cancelled", story);
            Assert.Contains("is cancelled", story);
            Assert.Equal(0, report.FailedRequests);
            Assert.Equal(0, report.FirmwareWarnings);
        }

        [Fact]
        public void TheStoryUsesTheFirmwaresVersion_ItsLedPatterns_AndPlainWords()
        {
            string version = DeviceFirmware.App.FirmwareInfo.Version;
            var output = new StringWriter();
            using SimulationRun run = new SimulationRun(new SimulationSettings { Flash = new MemoryFlashStore() }, output);

            run.RunStory();

            string story = output.ToString();
            Assert.Contains($"firmware {version};", story);
            foreach (FirmwareMode mode in new[] { FirmwareMode.WindowOpen, FirmwareMode.Connecting, FirmwareMode.Operating })
            {
                Assert.Contains("status LED: " + LedPatterns.For(mode).Name, story);
            }

            Assert.All(Enum.GetValues<FirmwareMode>(), m => Assert.StartsWith(LedPatterns.For(m).Name, SimulationRun.DescribeLed(m)));
            Assert.DoesNotContain("blinking", story);
            Assert.DoesNotContain("no valid record", story);
            Assert.DoesNotContain(" slot slot", story);
            Assert.DoesNotContain("saved record", story);
            Assert.DoesNotContain("ORDER_PLACED", story);
            Assert.DoesNotContain("ordering re-armed", story);
            Assert.Contains(run.Log.Lines, l => l.EndsWith(": no valid record", StringComparison.Ordinal));
        }

        [Fact]
        public void RawLogShowsTheFirmwaresLinesAsLogged()
        {
            var output = new StringWriter();
            using SimulationRun run = new SimulationRun(new SimulationSettings { Flash = new MemoryFlashStore(), RawLog = true }, output);
            run.Start();
            run.PowerOn();

            Assert.Contains("device: tokens: no valid record", output.ToString());
        }

        [Fact]
        public void External_AnEpisodeAnsweredOrderInProgressIsCovered_AndTheDevicesRequestsAreCounted()
        {
            // An LWA + DRS the simulator does not own (here a second sandbox whose deliveries take a month):
            // without deliveries the user refills right after each order, so the next episode finds the order still open.
            var output = new StringWriter();
            var settings = new SimulationSettings { Flash = new MemoryFlashStore(), Quiet = true };
            using var run = new SimulationRun(settings, output);
            var options = new SandboxOptions { Clock = run.Clock.Sandbox, DeliveryDelay = TimeSpan.FromDays(60) };
            using SandboxServer external = SandboxServer.Start(options);
            settings.LwaTokenUrl = external.TokenUrl;
            settings.DrsUrl = external.BaseUrl;

            SimulationReport report = run.RunSoak(10);

            string text = report.ToText();
            Assert.Null(run.Sandbox);
            Assert.True(report.LowEpisodes >= 2, text);
            Assert.Equal(1, report.Orders);
            Assert.Equal(report.LowEpisodes - 1 - report.EpisodesAwaitingOrder, report.EpisodesCoveredByOpenOrder);
            Assert.True(report.Passed, text);
            Assert.Contains("covered by an order still open", text);
            Assert.Contains("is still open", output.ToString());
            Assert.True(report.RequestsCountedAtDevice);
            Assert.Equal(external.Requests.CountOf(SandboxEndpoint.Replenish), report.RequestsByEndpoint["Replenish"]);
            Assert.Equal(external.Requests.CountOf(SandboxEndpoint.Token), report.RequestsByEndpoint["Token"]);
            Assert.Equal(external.Requests.CountOf(SandboxEndpoint.SlotStatus), report.RequestsByEndpoint["SlotStatus"]);
            Assert.Equal(external.Requests.CountOf(SandboxEndpoint.Token, "refresh_token"), report.Refreshes);
            Assert.Equal(1, report.CodeExchanges);
            Assert.Contains("as the device sent them", text);
            Assert.Equal(1, external.Requests.CountOf(SandboxEndpoint.Deregister));
        }
    }
}
