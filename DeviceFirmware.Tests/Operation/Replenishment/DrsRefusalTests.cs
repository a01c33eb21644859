using System;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>
    /// DRS answering 403 to freshly refreshed tokens (a captive portal, a proxy, or a real refusal): the
    /// tokens are kept and the device backs off and keeps sensing, until 3 refusals over at least an
    /// hour; a reboot in the middle neither forgets the count nor erases early.
    /// </summary>
    [TestClass]
    public class DrsRefusalTests
    {
        [TestMethod]
        public static void AForbiddenBurstThatEndsKeepsTheTokensAndOrdersOnce()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50 });
            rig.Drs.RefuseDevice = true;
            rig.Readings(0, new double[] { 10, 10, 10 });
            Assert.IsTrue(rig.Drs.ForbiddenAnswers > 0, "the order was refused");
            Assert.IsNotNull(rig.Vault.Current, "tokens kept after a refusal");
            Assert.AreEqual(1, rig.Refusals.Count);

            // 40 minutes of refusals: still sensing and keeping the tokens.
            rig.Periods(40);
            Assert.IsNotNull(rig.Vault.Current, "tokens kept during the burst");
            Assert.AreEqual((object)ReplenishmentStatus.Operating, (object)rig.Policy.Status);
            Assert.AreEqual((object)SlotPhase.OrderPending, (object)rig.Monitor(0).Phase);
            Assert.AreEqual(0, rig.Drs.OrdersPlaced);
            Assert.IsTrue(rig.Log.Contains("tokens kept"), "the refusal is reported");

            rig.Drs.RefuseDevice = false;
            rig.Periods(120);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced, "exactly one order once DRS accepts again");
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.Monitor(0).Phase);
            Assert.IsNotNull(rig.Vault.Current, "tokens still kept");
            Assert.AreEqual(0, rig.Refusals.Count, "an accepted call clears the count");
            Assert.IsFalse(rig.Memory.Exists("refusals.a") || rig.Memory.Exists("refusals.b"), "and its flash record");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void AForbiddenBurstThatDoesNotEndErasesOnlyAfterThreeRefusalsOverAnHour()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50 });
            rig.Drs.RefuseDevice = true;
            DateTime first = DateTime.MinValue;
            int countBeforeErase = 0;
            for (int minute = 0; minute < 600 && rig.Vault.Current != null; minute++)
            {
                countBeforeErase = rig.Refusals.Count;
                rig.Reading(0, 10);
                if (first == DateTime.MinValue && rig.Refusals.Count > 0)
                {
                    first = rig.Clock.UtcNow;
                }

                if (rig.Vault.Current != null && first != DateTime.MinValue)
                {
                    Assert.AreEqual((object)ReplenishmentStatus.Operating, (object)rig.Policy.Status);
                }
            }

            Assert.IsNull(rig.Vault.Current, "erased in the end");
            Assert.IsTrue(countBeforeErase >= 2, "the erasing refusal is the third or later");
            Assert.IsTrue(rig.Clock.UtcNow - first >= TimeSpan.FromTicks(59 * TimeSpan.TicksPerMinute), "not before an hour of refusals");
            Assert.AreEqual((object)ReplenishmentStatus.NeedsProvisioning, (object)rig.Policy.Status);
            Assert.AreEqual(0, rig.Drs.OrdersPlaced);
            Assert.IsTrue(rig.Drs.ForbiddenAnswers <= 12, "backed off: a few requests an hour");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void ARebootMidBurstKeepsTheCountAndDoesNotEraseEarly()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50 });
            rig.Drs.RefuseDevice = true;
            rig.Readings(0, new double[] { 10, 10, 10 });
            DateTime first = rig.Clock.UtcNow;
            Assert.AreEqual(1, rig.Refusals.Count);
            rig.Reboot();
            Assert.AreEqual(1, rig.Refusals.Count, "the count survives the reboot");

            // Reboots in a loop: each tries at once, each refusal is counted, none erases before the hour.
            for (int i = 0; i < 4; i++)
            {
                rig.Readings(0, new double[] { 10, 10, 10 });
                Assert.IsNotNull(rig.Vault.Current, "not erased within the hour");
                rig.Reboot();
            }

            Assert.IsTrue(rig.Refusals.Count >= 3, "every refusal counted across reboots");
            for (int minute = 0; minute < 300 && rig.Vault.Current != null; minute++)
            {
                rig.Reading(0, 10);
            }

            Assert.IsNull(rig.Vault.Current, "erased once the hour has passed");
            Assert.IsTrue(rig.Clock.UtcNow - first >= TimeSpan.FromTicks(60 * TimeSpan.TicksPerMinute));
            LwaTestData.AssertNoSecret(rig.Log);
        }
    }
}
