using System;
using System.Linq;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Simulator;
using DeviceFirmware.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>
    /// A day-long outage of LWA or DRS (every request answered 503) costs a bounded number
    /// of requests (the backoff cap grows after an hour of failures), and a low episode that starts
    /// during the outage is still ordered within one capped period (at most 45 min) after it ends.
    /// </summary>
    public class LongOutageTests
    {
        /// <summary>Requests a 24 h outage may cost the device (with the old 60 s cap: about 1,400 per failing kind of call).</summary>
        public const int MaxRequestsPerOutageDay = 200;

        /// <summary>Longest wait of one capped period: 1.5 x the 30 min cap.</summary>
        public static readonly TimeSpan OneCappedPeriod = TimeSpan.FromMinutes(45);

        private readonly ITestOutputHelper _output;

        public LongOutageTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("LWA")]
        [InlineData("DRS")]
        public void ADayLongOutageCostsFewRequestsAndTheLowEpisodeIsOrderedSoonAfter(string down)
        {
            using SimulationRun run = E2E.Silent(new MemoryFlashStore(), s => s.Quiet = true);
            E2E.StartProvisioned(run);

            // At 30 % the slot goes low (20 %) about 12 h into the outage: every kind of call is then failing.
            Assert.True(run.RunUntil(() => run.Supply.Slots[0].Level <= 30, TimeSpan.FromDays(10)), "slot drained to 30 %");
            Assert.Equal(0, run.Supply.Slots[0].LowEpisodes);
            int requestsBefore = run.Sandbox.Requests.Count;
            SandboxEndpoint endpoint = down == "LWA" ? SandboxEndpoint.Token : SandboxEndpoint.AnyDrs;
            SandboxFault outage = run.Sandbox.Faults.Add(endpoint, FaultKind.ServiceUnavailable, SandboxFault.Always);

            run.RunUntil(() => false, TimeSpan.FromDays(1));

            int requests = run.Sandbox.Requests.Count - requestsBefore;
            string byEndpoint = string.Join(", ", run.Sandbox.Requests.Snapshot().Skip(requestsBefore).GroupBy(r => r.Endpoint).Select(g => g.Key + " " + g.Count()));
            _output.WriteLine($"{down} down for 24 h: {requests} requests ({outage.Applied} answered 503): {byEndpoint}");
            Assert.Equal(1, run.Supply.Slots[0].LowEpisodes);
            Assert.Equal(0, run.OrdersPlaced);

            run.Sandbox.Faults.Clear();
            DateTime back = run.Clock.UtcNow;
            bool ordered = run.RunUntil(() => run.OrdersPlaced > 0, OneCappedPeriod);
            _output.WriteLine($"{down} back: order placed {(run.Clock.UtcNow - back).TotalMinutes:0.0} min later");

            Assert.True(ordered, "the low episode of the outage is ordered within one capped period after it");
            Assert.Equal(1, run.OrdersPlaced);
            Assert.InRange(requests, 1, MaxRequestsPerOutageDay);
            Assert.Equal(0, run.TickFailures);
        }
    }
}
