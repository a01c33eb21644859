using System;
using DeviceFirmware.Config;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>The policy against the fake LWA + DRS: one order per low episode, hysteresis, subscriptions, retries, reports.</summary>
    [TestClass]
    public class ReplenishmentPolicyTests
    {
        // Median offset 0: sorted -30 -15 0 +30 +900. The +900 is a spike of 45 points on one sample in five.
        private static readonly int[] Noise = new int[] { 30, -30, 900, 0, -15 };

        [TestMethod]
        public static void TheFirstTickChecksSubscriptionsReportsAliveAndReportsTheLevel()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Reading(0, 50);
            Assert.AreEqual(1, rig.Drs.SubscriptionCalls);
            Assert.AreEqual(1, rig.Drs.DeviceStatusCalls);
            Assert.AreEqual(1, rig.Drs.SlotStatusCalls);
            Assert.AreEqual(1, rig.Drs.TokenRequests, "the code exchange only: the access token is fresh");
            Assert.AreEqual((object)SubscriptionState.Subscribed, (object)rig.Monitor(0).Subscription);
            Assert.AreEqual("{\"mostRecentlyActiveDate\":\"2025-03-01T08:00:00Z\"}", rig.Drs.LastDeviceStatusBody);
            Assert.AreEqual(
                "{\"expectedReplenishmentDate\":\"2025-03-31T08:00:00Z\",\"remainingQuantityInUnit\":250,\"originalQuantityInUnit\":500,\"totalQuantityOnHand\":250,\"lastUseDate\":\"2025-03-01T08:00:00Z\"}",
                rig.Drs.Slot("slot-a").LastStatusBody);
            Assert.AreEqual(0, rig.Drs.Refusals, "every request passed the header and body checks");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void ANoisyCurveDownToEmptyOrdersExactlyOnce()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Sensor.SetNoise(Noise);
            rig.Readings(0, new double[] { 50, 40, 30, 24, 21, 19, 22, 20, 18, 21, 19, 18 });
            Assert.AreEqual(0, rig.Drs.ReplenishCalls, "no run of three low readings yet");
            rig.Reading(0, 17);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced, "ordered on the third consecutive low reading");
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
            rig.Readings(0, new double[] { 15, 21, 12, 24, 10, 8, 5, 3, 0, 0, 0 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls, "one replenish for the whole episode");
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.AreEqual(0, rig.Drs.Refusals);
        }

        [TestMethod]
        public static void NoiseAroundTheRefillThresholdDoesNotReArmButARealRefillDoes()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Sensor.SetNoise(Noise);
            rig.Readings(0, new double[] { 50, 15, 15, 15 });
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            rig.Readings(0, new double[] { 61, 62, 59, 61, 60, 58, 63, 64, 57, 10, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls, "still the same episode: never two in a row at or above 60");
            rig.Drs.Deliver("slot-a");
            rig.Readings(0, new double[] { 100, 100, 100 });
            Assert.AreEqual((object)SlotPhase.Armed, (object)rig.Monitor(0).Phase, "refilled: re-armed");
            rig.Readings(0, new double[] { 19, 19, 19 });
            Assert.AreEqual(2, rig.Drs.OrdersPlaced, "the next episode orders again");
        }

        [TestMethod]
        public static void OrderInProgressCountsAsDone()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Drs.Slot("slot-a").OrderInProgress = true;
            rig.Readings(0, new double[] { 50, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls);
            Assert.AreEqual(0, rig.Drs.OrdersPlaced, "DRS answered ORDER_INPROGRESS");
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
            rig.Periods(20);
            Assert.AreEqual(1, rig.Drs.ReplenishCalls, "done for this episode");
            Assert.IsTrue(rig.Log.Contains("already in progress: counts as done"));
        }

        [TestMethod]
        public static void ATestOrderCountsAsDone()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Drs.TestDevice = true;
            rig.Readings(0, new double[] { 50, 10, 10, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
            Assert.IsTrue(rig.Log.Contains("test order placed"));
        }

        [TestMethod]
        public static void TwoSlotsGoLowIndependently()
        {
            PolicyRig rig = PolicyRig.TwoSlots();
            rig.Level(1, 70);
            rig.Readings(0, new double[] { 50, 12, 11, 10 });
            Assert.AreEqual(1, rig.Drs.Slot("slot-a").OrdersPlaced);
            Assert.AreEqual(0, rig.Drs.Slot("slot-b").ReplenishCalls, "tea is not low");
            rig.Readings(1, new double[] { 18, 17, 16 });
            Assert.AreEqual(1, rig.Drs.Slot("slot-b").OrdersPlaced);
            Assert.AreEqual(1, rig.Drs.Slot("slot-a").ReplenishCalls, "coffee is not ordered again");
            rig.Level(0, 100);
            rig.Periods(3);
            Assert.AreEqual((object)SlotPhase.Armed, (object)rig.Monitor(0).Phase, "coffee refilled");
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(1).Phase, "tea still in its episode");
            Assert.AreEqual(2, rig.Drs.OrdersPlaced);
        }

        [TestMethod]
        public static void AnUnsubscribedSlotDoesNotOrderUntilTheDailyCheckSaysSubscribed()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Drs.Slot("slot-a").Subscribed = false;
            rig.Readings(0, new double[] { 50, 10, 10, 10, 10 });
            Assert.AreEqual(0, rig.Drs.ReplenishCalls, "subscription info said unsubscribed");
            Assert.AreEqual((object)SlotPhase.Declined, (object)rig.Monitor(0).Phase);
            rig.Drs.Slot("slot-a").Subscribed = true;
            rig.Clock.Advance(TimeSpan.FromTicks(16 * TimeSpan.TicksPerHour));
            rig.Reading(0, 10);
            Assert.AreEqual(2, rig.Drs.SubscriptionCalls, "checked again the next UTC day");
            Assert.AreEqual(1, rig.Drs.OrdersPlaced, "subscribed now, still low: ordered");
        }

        [TestMethod]
        public static void ASlotUnsubscribedDuringTheDayIsDeclinedOnItsRefusal()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50 });
            Assert.AreEqual((object)SubscriptionState.Subscribed, (object)rig.Monitor(0).Subscription);
            rig.Drs.Slot("slot-a").Subscribed = false;
            rig.Readings(0, new double[] { 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls, "DRS refused: slot is unsubscribed");
            Assert.AreEqual((object)SlotPhase.Declined, (object)rig.Monitor(0).Phase);
            Assert.AreEqual((object)SubscriptionState.NotSubscribed, (object)rig.Monitor(0).Subscription);
            rig.Readings(0, new double[] { 10, 10, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls, "a per-slot refusal is not retried");
            Assert.AreEqual(0, rig.Drs.OrdersPlaced);
        }

        [TestMethod]
        public static void ASlotMissingFromTheSubscriptionInfoIsNeverOrdered()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Drs.RemoveSlot("slot-a");
            rig.Readings(0, new double[] { 50, 10, 10, 10, 10 });
            Assert.AreEqual(0, rig.Drs.CountOf("/replenish/"));
            Assert.IsTrue(rig.Log.Contains("does not list this slot ID"));
        }

        [TestMethod]
        public static void ASlotIdDrsDoesNotKnowIsDeclinedOnItsFirst404()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            for (int i = 0; i < 10; i++)
            {
                rig.Drs.FailNext("/subscriptionInfo", 503, string.Empty);
            }

            rig.Readings(0, new double[] { 22 });
            rig.Drs.RemoveSlot("slot-a");
            rig.Readings(0, new double[] { 19, 18, 18, 18, 18, 18 });
            Assert.AreEqual(1, rig.Drs.CountOf("/replenish/"), "a failing subscription info does not hold orders back");
            Assert.IsTrue(rig.Log.Contains("check slot_id in nf.config"));
            Assert.AreEqual((object)SlotPhase.Declined, (object)rig.Monitor(0).Phase);
            Assert.AreEqual((object)SubscriptionState.NotSubscribed, (object)rig.Monitor(0).Subscription);
        }

        [TestMethod]
        public static void AFailedReplenishIsRetriedWithBackoffWhileTheSlotStaysLow()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10 });
            rig.Level(0, 10);
            rig.Drs.DropNext("/replenish/");
            rig.Drs.FailNext("/replenish/", 503, string.Empty);
            rig.Drs.FailNext("/replenish/", 429, string.Empty);
            int[] attemptsAt = new int[20];
            for (int second = 0; second < 20; second++)
            {
                rig.Tick();
                attemptsAt[second] = rig.Drs.CountOf("/replenish/");
                rig.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond));
            }

            // Backoff without jitter: 1 s, then 2 s, then 4 s after the first, second and third failure.
            Assert.AreEqual(1, attemptsAt[0], "first attempt when the slot went low");
            Assert.AreEqual(2, attemptsAt[1]);
            Assert.AreEqual(2, attemptsAt[2]);
            Assert.AreEqual(3, attemptsAt[3]);
            Assert.AreEqual(3, attemptsAt[6]);
            Assert.AreEqual(4, attemptsAt[7], "fourth attempt 1 + 2 + 4 s after the first");
            Assert.AreEqual(4, attemptsAt[19], "then done");
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
        }

        [TestMethod]
        public static void ARefillWhileTheOrderIsStillFailingEndsTheEpisodeWithoutAnOrder()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            for (int i = 0; i < 10; i++)
            {
                rig.Drs.FailNext("/replenish/", 500, string.Empty);
            }

            rig.Readings(0, new double[] { 50, 10, 10, 10, 10 });
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)rig.Monitor(0).Phase);
            rig.Readings(0, new double[] { 100, 100, 100 });
            Assert.AreEqual((object)SlotPhase.Armed, (object)rig.Monitor(0).Phase);
            int attempts = rig.Drs.CountOf("/replenish/");
            rig.Periods(10);
            Assert.AreEqual(attempts, rig.Drs.CountOf("/replenish/"), "no more attempts once refilled");
            Assert.AreEqual(0, rig.Drs.OrdersPlaced);
        }

        [TestMethod]
        public static void ABrokenSensorIsReportedAndNeverOrders()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50 });
            rig.Sensor.Set(0, 0);
            rig.Periods(10);
            rig.Sensor.Set(0, 4095);
            rig.Periods(10);
            rig.Sensor.FailNext(0, 60);
            rig.Periods(10);
            Assert.AreEqual(0, rig.Drs.ReplenishCalls);
            Assert.IsFalse(rig.Monitor(0).IsLow);
            Assert.IsTrue(rig.Log.Contains("no level (out of range"));
            Assert.IsTrue(rig.Log.Contains("no level (sensor error"));
        }

        [TestMethod]
        public static void ADayBoundaryTriggersExactlyOneDeviceStatus()
        {
            PolicyRig rig = new PolicyRig(new SupplySlotSettings[] { PolicyRig.Slot("coffee", "slot-a", 0) }, new DateTime(2025, 3, 1, 22, 0, 0));
            int atMidnight = -1;
            for (int minute = 0; minute < 4 * 60; minute++)
            {
                if (rig.Clock.UtcNow == new DateTime(2025, 3, 2))
                {
                    atMidnight = rig.Drs.DeviceStatusCalls;
                }

                rig.Periods(1);
            }

            Assert.AreEqual(1, atMidnight, "one at start-up on March 1");
            Assert.AreEqual(2, rig.Drs.DeviceStatusCalls, "exactly one more for March 2");
            Assert.AreEqual("{\"mostRecentlyActiveDate\":\"2025-03-02T00:00:00Z\"}", rig.Drs.LastDeviceStatusBody);
            Assert.AreEqual(2, rig.Drs.SubscriptionCalls);
        }

        [TestMethod]
        public static void ADeviceStatusThatFailsIsRetriedTheSameDay()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Drs.FailNext("/deviceStatus", 500, string.Empty);
            rig.Periods(3);
            Assert.AreEqual(1, rig.Drs.DeviceStatusCalls);
            Assert.AreEqual(2, rig.Drs.CountOf("/deviceStatus"));
        }

        [TestMethod]
        public static void SlotStatusIsSentWhenTheLevelMovesFivePoints()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 80, 79, 77, 76 });
            Assert.AreEqual(1, rig.Drs.SlotStatusCalls, "reported at 80, moves under 5 points are not worth a request");
            rig.Reading(0, 75);
            Assert.AreEqual(2, rig.Drs.SlotStatusCalls);
            Assert.AreEqual(75.0, rig.Monitor(0).ReportedLevel);
            rig.Readings(0, new double[] { 76, 79, 79.9 });
            Assert.AreEqual(2, rig.Drs.SlotStatusCalls);
            rig.Reading(0, 80);
            Assert.AreEqual(3, rig.Drs.SlotStatusCalls, "upwards too");
        }

        [TestMethod]
        public static void ADeregisteredDeviceStopsAndWipesItsTokens()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50 });
            rig.Drs.DeregisterByCustomer();
            rig.Readings(0, new double[] { 10, 10, 10 });
            Assert.AreEqual((object)ReplenishmentStatus.NeedsProvisioning, (object)rig.Policy.Status);
            Assert.IsNull(rig.Vault.Current, "tokens wiped");
            int requests = rig.Drs.RequestCount;
            rig.Periods(10);
            Assert.AreEqual(requests, rig.Drs.RequestCount, "nothing more is sent");
            Assert.AreEqual(DateTime.MaxValue, rig.Policy.NextWake(rig.Clock.UtcNow));
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void NextWakeIsTheNextReadingOrTheNextRetry()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Tick();
            Assert.AreEqual(PolicyRig.Start.AddSeconds(60), rig.Policy.NextWake(rig.Clock.UtcNow));
            rig.Clock.Advance(TimeSpan.FromTicks(60 * TimeSpan.TicksPerSecond));
            rig.Readings(0, new double[] { 10, 10 });
            DateTime third = rig.Clock.UtcNow;
            rig.Level(0, 10);
            rig.Drs.FailNext("/replenish/", 500, string.Empty);
            rig.Tick();
            Assert.AreEqual(third.AddSeconds(1), rig.Policy.NextWake(third), "the order retry after 1 s comes before the next reading");
        }

        [TestMethod]
        public static void ReadingsAreTakenOncePerPeriodHoweverOftenTheLoopTicks()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            for (int i = 0; i < 120; i++)
            {
                rig.Tick();
                rig.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerSecond));
            }

            Assert.AreEqual(2 * 5, rig.Sensor.SampleCount, "two readings of five samples in two minutes");
        }
    }
}
