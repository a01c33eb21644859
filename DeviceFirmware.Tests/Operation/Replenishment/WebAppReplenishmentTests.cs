using System;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>Operation in the web-app flow: status, levels and one replenish request per numbered low episode.</summary>
    [TestClass]
    public class WebAppReplenishmentTests
    {
        private const string Status = "/api/device/v1/status";
        private const string Levels = "/api/device/v1/levels";
        private const string Replenish = "/api/device/v1/replenish";

        [TestMethod]
        public static void StatusAndLevelsGoOutAtTheStartThenDaily()
        {
            WebAppRig rig = new WebAppRig();
            rig.Periods(3);
            Assert.AreEqual(1, rig.Web.CountOf(Status));
            Assert.AreEqual(1, rig.Web.CountOf(Levels));
            Assert.IsTrue(rig.Policy.IsRegistered, "registered");
            rig.Clock.Advance(new TimeSpan(1, 0, 0, 0));
            rig.Periods(2);
            Assert.AreEqual(2, rig.Web.CountOf(Status));
            Assert.AreEqual(2, rig.Web.CountOf(Levels));
            Assert.AreEqual(0, rig.Web.CountOf(Replenish));
        }

        [TestMethod]
        public static void LevelsGoOutWhenALevelMovesFivePoints()
        {
            WebAppRig rig = new WebAppRig();
            rig.Periods(2);
            rig.Readings(47, 2);
            Assert.AreEqual(1, rig.Web.CountOf(Levels));
            rig.Readings(44, 1);
            Assert.AreEqual(2, rig.Web.CountOf(Levels));
            Assert.Contains("\"percent\":44", rig.Web.LastLevels);
        }

        [TestMethod]
        public static void ALowEpisodeAsksOnceWithItsNumberAndTheNextEpisodeGetsTheNext()
        {
            WebAppRig rig = new WebAppRig();
            rig.Periods(1);
            rig.Readings(10, 6);
            Assert.AreEqual(1, rig.Web.ReplenishCount);
            Assert.AreEqual(1L, rig.Web.EpisodeAt(0));
            Assert.AreEqual(1, rig.Web.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Slot.Phase);

            rig.Readings(90, 4);
            Assert.AreEqual((object)SlotPhase.Armed, (object)rig.Slot.Phase);
            rig.Readings(10, 4);
            Assert.AreEqual(2, rig.Web.ReplenishCount);
            Assert.AreEqual(2L, rig.Web.EpisodeAt(1));
            Assert.AreEqual(2, rig.Web.OrdersPlaced);
        }

        [TestMethod]
        public static void SignInKeepsTheEpisodeAndAsksAgainAfterRetryAfter()
        {
            WebAppRig rig = new WebAppRig();
            rig.Web.NextOutcome("sign_in").NextOutcome("retry_later");
            rig.Periods(1);
            rig.Readings(10, 3);
            Assert.AreEqual(1, rig.Web.ReplenishCount);
            Assert.IsTrue(rig.Log.Contains("sign in with Amazon again"), "the log says what the user must do");

            // retryAfterSeconds is 120: one minute later nothing goes out, after two it does.
            rig.Periods(1);
            Assert.AreEqual(1, rig.Web.ReplenishCount);
            rig.Periods(2);
            Assert.AreEqual(2, rig.Web.ReplenishCount);
            rig.Periods(6);
            Assert.AreEqual(3, rig.Web.ReplenishCount);
            Assert.AreEqual(1L, rig.Web.EpisodeAt(2));
            Assert.AreEqual(1, rig.Web.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Slot.Phase);
        }

        [TestMethod]
        public static void ServerFaultsBackOffAndKeepTheEpisode()
        {
            WebAppRig rig = new WebAppRig();
            rig.Periods(1);
            rig.Readings(10, 2);
            rig.Level(10);
            rig.Web.RespondNext(503, "busy").RespondNext(500, "{\"error\":\"x\",\"message\":\"y\"}");
            rig.Periods(10);
            Assert.AreEqual(1, rig.Web.OrdersPlaced);
            Assert.AreEqual(1L, rig.Web.EpisodeAt(rig.Web.ReplenishCount - 1));
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Slot.Phase);
        }

        [TestMethod]
        public static void ARejectedDeviceWaitsHoursBeforeAnyCall()
        {
            WebAppRig rig = new WebAppRig();
            rig.Web.RespondNext(401, "{\"error\":\"unknown_device\",\"message\":\"x\"}");
            rig.Periods(1);
            int requests = rig.Web.RequestCount;
            Assert.IsTrue(rig.Policy.IsRejected, "rejected");
            rig.Periods(30);
            Assert.AreEqual(requests, rig.Web.RequestCount);
            Assert.IsTrue(rig.Policy.NextWake(rig.Clock.UtcNow) <= rig.Clock.UtcNow.AddSeconds(60), "sensing goes on");
            rig.Clock.Advance(new TimeSpan(1, 0, 0));
            rig.Periods(1);
            Assert.IsTrue(rig.Web.RequestCount > requests, "asked again after an hour");
            Assert.IsFalse(rig.Policy.IsRejected, "accepted again");
        }

        [TestMethod]
        public static void APendingEpisodeIsAskedAgainAfterARebootWithTheSameNumber()
        {
            WebAppRig rig = new WebAppRig();
            rig.Periods(1);
            rig.Readings(10, 2);

            // The reading that confirms low sends replenish first in its tick: that request times out.
            rig.Web.FailNext(DeviceFirmware.Net.HttpFailureKind.Timeout);
            rig.Readings(10, 1);
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)rig.Slot.Phase);
            Assert.AreEqual(0, rig.Web.OrdersPlaced);
            rig.Reboot();
            rig.Periods(2);
            Assert.AreEqual(1, rig.Web.OrdersPlaced);
            Assert.AreEqual(1L, rig.Web.EpisodeAt(rig.Web.ReplenishCount - 1));
            Assert.IsTrue(rig.Log.Contains("pending at the restart"), "the restart is logged");
        }

        [TestMethod]
        public static void APowerCutAtEveryWriteOfTheFlowNeverMakesTwoOrdersNorReusesANumber()
        {
            WebAppRig probe = Prepared();
            probe.Memory.ResetCounters();
            probe.Tick();
            int units = probe.Memory.BytesWritten + probe.Memory.EraseCount;
            Assert.AreEqual(1, probe.Web.OrdersPlaced);
            Assert.IsTrue(units > 32, "two records are written: the new episode then the outcome");

            int beforeSending = 0;
            int resent = 0;
            for (int k = 0; k <= units; k++)
            {
                WebAppRig rig = Prepared();
                rig.Cut.CutPowerAfter(k);
                rig.Tick();
                int sentBeforeCut = rig.Web.ReplenishCount;
                rig.Reboot();
                rig.Periods(6);
                string where = "power cut after " + k + " of " + units + " units";
                Assert.AreEqual(1, rig.Web.OrdersPlaced, where + ": exactly one order");
                Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Slot.Phase, where);
                long episode = rig.Web.EpisodeAt(0);
                for (int i = 0; i < rig.Web.ReplenishCount; i++)
                {
                    Assert.AreEqual(episode, rig.Web.EpisodeAt(i), where + ": one episode number for one episode");
                }

                beforeSending += sentBeforeCut == 0 ? 1 : 0;
                resent += rig.Web.ReplenishCount > 1 ? 1 : 0;

                // The next low episode gets a number never used before, so the web application orders again.
                rig.Readings(90, 4);
                rig.Readings(10, 4);
                Assert.AreEqual(2, rig.Web.OrdersPlaced, where + ": the next episode orders again");
                Assert.IsTrue(rig.Web.EpisodeAt(rig.Web.ReplenishCount - 1) > episode, where + ": a new number");
            }

            Assert.IsTrue(beforeSending > 0, "cuts while storing the episode: nothing was sent");
            Assert.IsTrue(resent > 0, "cuts while storing the outcome: asked again and answered from the stored outcome");
        }

        private static WebAppRig Prepared()
        {
            WebAppRig rig = new WebAppRig();
            rig.Periods(1);
            rig.Readings(10, 2);
            rig.Level(10);
            return rig;
        }
    }
}
