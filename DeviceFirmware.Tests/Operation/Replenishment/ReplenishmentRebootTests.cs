using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>
    /// Restarts and power cuts at every step of an order: never two orders in one low episode,
    /// and never none when the slot stays low.
    /// </summary>
    [TestClass]
    public class ReplenishmentRebootTests
    {
        [TestMethod]
        public static void ARebootRightAfterASuccessfulReplenishDoesNotReorder()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);

            // Even with the order delivered (a new replenish would place a second one), a restart stays quiet.
            rig.Drs.Deliver("slot-a");
            rig.Reboot();
            rig.Readings(0, new double[] { 10, 10, 10, 10, 10, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.ReplenishCalls);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
            Assert.IsTrue(rig.Log.Contains("already ordered in this low episode"));
        }

        [TestMethod]
        public static void AnOrderWhoseAnswerWasLostIsResentAfterARebootAndDrsSaysInProgress()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10 });
            rig.Level(0, 10);
            rig.Drs.LoseResponseOfNext("/replenish/");
            rig.Tick();
            Assert.AreEqual(1, rig.Drs.OrdersPlaced, "DRS placed it");
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)rig.Monitor(0).Phase, "the device does not know");

            rig.Reboot();
            rig.Tick();
            Assert.AreEqual(2, rig.Drs.ReplenishCalls, "sent again at the first tick after the restart");
            Assert.AreEqual(1, rig.Drs.OrdersPlaced, "ORDER_INPROGRESS: nothing more ordered");
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
            rig.Periods(10);
            Assert.AreEqual(2, rig.Drs.ReplenishCalls);
        }

        [TestMethod]
        public static void AnIntentThatNeverReachedDrsOrdersOnceAfterARestart()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10 });
            rig.Level(0, 10);
            rig.Drs.DropNext("/replenish/");
            rig.Tick();
            Assert.AreEqual(0, rig.Drs.ReplenishCalls, "lost on the way");
            rig.Reboot();
            rig.Periods(5);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
        }

        [TestMethod]
        public static void APowerCutAtEveryPointOfTheOrderNeverOrdersTwice()
        {
            PolicyRig probe = Prepared();
            probe.Memory.ResetCounters();
            probe.Tick();
            int units = probe.Memory.BytesWritten + probe.Memory.EraseCount;
            Assert.AreEqual(1, probe.Drs.OrdersPlaced);
            Assert.IsTrue(units > 32, "two state records are written: the intent then the result");

            int beforeSending = 0;
            int resent = 0;
            int settled = 0;
            for (int k = 0; k <= units; k++)
            {
                PolicyRig rig = Prepared();
                rig.Cut.CutPowerAfter(k);
                rig.Tick();
                int sentBeforeCut = rig.Drs.ReplenishCalls;
                rig.Reboot();
                rig.Periods(6);
                string where = "power cut after " + k + " of " + units + " units";
                Assert.AreEqual(1, rig.Drs.OrdersPlaced, where + ": exactly one order");
                Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase, where);
                if (sentBeforeCut == 0)
                {
                    beforeSending++;
                }
                else if (rig.Drs.ReplenishCalls == 2)
                {
                    resent++;
                }
                else
                {
                    settled++;
                    Assert.AreEqual(1, rig.Drs.ReplenishCalls, where);
                }
            }

            Assert.IsTrue(beforeSending > 0, "cuts while storing the intent: nothing was sent");
            Assert.IsTrue(resent > 0, "cuts while storing the result: sent again and DRS said in progress");
            Assert.IsTrue(settled > 0, "cuts after the result was stored: nothing sent again");
        }

        [TestMethod]
        public static void APendingOrderIsNotResentWhenTheSlotWasRefilledDuringTheRestart()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10 });
            rig.Drs.FailNext("/replenish/", 500, string.Empty);
            rig.Reading(0, 10);
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)rig.Monitor(0).Phase);
            rig.Reboot();
            rig.Readings(0, new double[] { 100, 100, 100 });
            Assert.AreEqual(1, rig.Drs.CountOf("/replenish/"), "only the failed attempt");
            Assert.AreEqual((object)SlotPhase.Armed, (object)rig.Monitor(0).Phase);
            Assert.AreEqual(0, rig.Drs.OrdersPlaced);
        }

        [TestMethod]
        public static void ADeclinedSlotStaysQuietAfterARestart()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Drs.Slot("slot-a").Subscribed = false;
            rig.Readings(0, new double[] { 50, 10, 10, 10 });
            Assert.AreEqual((object)SlotPhase.Declined, (object)rig.Monitor(0).Phase);
            rig.Reboot();
            rig.Periods(8);
            Assert.AreEqual((object)SlotPhase.Declined, (object)rig.Monitor(0).Phase);
            Assert.AreEqual(0, rig.Drs.ReplenishCalls);
        }

        [TestMethod]
        public static void NoOrderIsSentBeforeItsIntentIsOnFlash()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            WriteFailingFlashStore flash = new WriteFailingFlashStore(rig.Memory);
            rig.UseStateFlash(flash);
            flash.FailWrites = true;
            rig.Readings(0, new double[] { 50, 10, 10, 10, 10 });
            Assert.AreEqual(0, rig.Drs.ReplenishCalls, "no intent on flash: nothing sent");
            Assert.IsTrue(rig.Log.Contains("order intent not on flash"));
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)rig.Monitor(0).Phase, "wanted, in RAM");

            flash.FailWrites = false;
            rig.Periods(11);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced, "stored, then sent, within the 10-minute retry");
            SlotEpisode[] stored = new EpisodeStore(rig.Memory, rig.Log).Load();
            Assert.AreEqual((object)SlotPhase.Ordered, (object)stored[0].Phase);
        }

        [TestMethod]
        public static void AResultThatCouldNotBeStoredIsStoredAtALaterTick()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            WriteFailingFlashStore flash = new WriteFailingFlashStore(rig.Memory);
            rig.UseStateFlash(flash);
            rig.Readings(0, new double[] { 50, 10, 10 });
            rig.Drs.FailNext("/replenish/", 503, string.Empty);
            rig.Reading(0, 10);
            flash.FailWrites = true;
            rig.Periods(1);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)new EpisodeStore(rig.Memory, rig.Log).Load()[0].Phase, "flash still says pending");
            flash.FailWrites = false;
            rig.Periods(1);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)new EpisodeStore(rig.Memory, rig.Log).Load()[0].Phase);
            Assert.AreEqual(1, rig.Drs.ReplenishCalls, "not sent again");
        }

        // One slot that has read 50, 10, 10 and reads 10: the next tick orders.
        private static PolicyRig Prepared()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10 });
            rig.Level(0, 10);
            return rig;
        }
    }
}
