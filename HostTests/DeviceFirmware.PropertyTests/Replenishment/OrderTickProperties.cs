using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Drs;
using DeviceFirmware.PropertyTests.Support;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Replenishment
{
    /// <summary>
    /// <see cref="ReplenishmentPolicy.Tick"/> on random level sequences with transport failures, reboots
    /// and power cuts mid-write (its class comment: one order per low episode, never twice across reboots
    /// and power cuts). An episode can only end with low_readings readings at or above refill_percent, so
    /// between two runs of at least low_readings such readings DRS must see at most one new order. DRS is
    /// <see cref="FakeDrsService"/> (ORDER_INPROGRESS while an order is undelivered); an order is delivered
    /// a day after it was placed, so a second replenish in the same episode after that would place a second order.
    /// </summary>
    public class OrderTickProperties
    {
        private const string Surface = "order tick";
        private const int DefaultCases = 1000;
        private const string SlotId = "slot-a";
        private const int RawEmpty = 1000;
        private const int RawFull = 3000;
        private const int LowPercent = 20;
        private const int RefillPercent = 60;
        private const int SampleSeconds = 3600;
        private const int DeliverySteps = 24;
        private static readonly DateTime Start = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        private static int _ordersPlaced;
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public OrderTickProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Never two orders in one low episode, whatever fails and however often the device restarts.</summary>
        [Fact]
        public void NeverTwoOrdersInOneLowEpisode()
        {
            _ordersPlaced = 0;
            int cases = PropertyRun.Check(_output, Surface, DefaultCases, Scenario, Property, s => "low_readings " + s.LowReadings + ": " + string.Join(" ", s.Steps.Select(t => t.ToString())));

            // Not vacuous: the scenarios do order.
            _output.WriteLine(Surface + ": " + _ordersPlaced + " orders placed over the " + cases + " cases");
            Assert.True(PropertySettings.Case >= 0 || _ordersPlaced > cases / 2, "too few orders to prove anything: " + _ordersPlaced);
        }

        private static readonly Gen<TickStep[]> Segment = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 12]).SelectMany(s =>
        {
            Gen<int> level = s.Item1 switch
            {
                0 => Gen.Int[0, LowPercent],
                1 => Gen.Int[LowPercent + 1, RefillPercent - 1],
                2 => Gen.Int[RefillPercent, 100],
                _ => Gen.Frequency((3, Gen.Int[0, LowPercent]), (1, Gen.Int[RefillPercent, 100]), (1, Gen.Int[LowPercent + 1, RefillPercent - 1])),
            };
            Gen<TickStep> step = Gen.Select(level, Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, 4])), Gen.Frequency((10, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2))), Gen.Int[0, 400],
                (l, fault, reboot, cut) => new TickStep(l, fault, reboot, cut));
            return step.Array[s.Item2];
        });

        private static readonly Gen<(int LowReadings, TickStep[] Steps)> Scenario = Gen.Select(Gen.Int[1, 3], Segment.Array[2, 14], (readings, segments) => (readings, segments.SelectMany(s => s).ToArray()));

        private static void Property((int LowReadings, TickStep[] Steps) scenario)
        {
            var slots = new[] { new SupplySlotSettings("coffee", SlotId, 0, RawEmpty, RawFull, LowPercent, RefillPercent, scenario.LowReadings, SampleSeconds, 500, "g") };
            var drs = new FakeDrsService();
            drs.AddSlot(SlotId, true);
            var memory = new MemoryFlashStore();
            var sensor = new ScriptedSupplySensor();
            var log = new RecordingLog();
            sensor.Set(0, Raw(50));
            DateTime now = Start;
            RestartedDevice device = new RestartedDevice(slots, drs, memory, sensor, log);
            device.Keeper.CompleteProvisioning(now, LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));

            // Orders placed since the last run of low_readings readings at or above refill_percent (the only thing that can end an episode).
            int ordersInInterval = 0;
            int highRun = 0;
            int orderedAtStep = -1;
            int pendingFaults = 0;
            for (int i = 0; i < scenario.Steps.Length; i++)
            {
                TickStep step = scenario.Steps[i];
                highRun = step.Level >= RefillPercent ? highRun + 1 : 0;
                if (highRun >= scenario.LowReadings)
                {
                    ordersInInterval = 0;
                }

                if (orderedAtStep >= 0 && i - orderedAtStep >= DeliverySteps && drs.Slot(SlotId).OrderInProgress)
                {
                    drs.Deliver(SlotId);
                    orderedAtStep = -1;
                }

                sensor.Set(0, Raw(step.Level));

                // A fault hits the next replenish; one is queued only when the last was used, so a fault
                // stays a fault of this step's replenish and outages stay far shorter than a delivery.
                if (pendingFaults == 0 && step.Fault > 0)
                {
                    Fault(drs, step.Fault);
                    pendingFaults = 1;
                }
                if (step.Reboot == 1)
                {
                    device = new RestartedDevice(slots, drs, memory, sensor, log);
                }

                if (step.Reboot == 2)
                {
                    device.Cut.CutPowerAfter(step.CutAfter);
                }

                int before = drs.OrdersPlaced;
                int requestsBefore = drs.CountOf("/replenish/");
                try
                {
                    device.Policy.Tick(now);
                }
                catch (PowerCutException)
                {
                    device = new RestartedDevice(slots, drs, memory, sensor, log);
                }
                catch (Exception e)
                {
                    throw new PropertyViolationException("step " + i + ": Tick threw " + e.GetType().Name + ": " + e.Message);
                }

                if (step.Reboot == 2)
                {
                    // The power went off (the policy may have caught the failed write and finished its tick; a real
                    // device would not run on), or the tick wrote less than the cut allowed: either way the device
                    // restarts on a fresh view of the flash.
                    device = new RestartedDevice(slots, drs, memory, sensor, log);
                }

                pendingFaults = Math.Max(0, pendingFaults - (drs.CountOf("/replenish/") - requestsBefore));
                int placed = drs.OrdersPlaced - before;
                if (placed > 0)
                {
                    ordersInInterval += placed;
                    _ordersPlaced += placed;
                    orderedAtStep = i;
                }

                PropertyRun.Require(ordersInInterval <= 1, "step " + i + ": " + ordersInInterval + " orders placed in one low episode");
                now = now.AddSeconds(SampleSeconds);
            }
        }

        private static void Fault(FakeDrsService drs, int fault)
        {
            string replenish = "/replenish/";
            switch (fault)
            {
                case 1:
                    drs.DropNext(replenish);
                    break;
                case 2:
                    drs.LoseResponseOfNext(replenish);
                    break;
                case 3:
                    drs.FailNext(replenish, 503, "{\"message\":\"unavailable\"}");
                    break;
                case 4:
                    drs.FailNext(replenish, 429, "{\"message\":\"slow down\"}");
                    break;
            }
        }

        private static int Raw(int percent) => RawEmpty + (percent * (RawFull - RawEmpty) / 100);

        // 0x8000 gives a jitter factor of exactly 1.000.
        internal static ScriptedRandomSource NoJitter() => new ScriptedRandomSource(new byte[] { 0x80, 0x00 });
    }
}
