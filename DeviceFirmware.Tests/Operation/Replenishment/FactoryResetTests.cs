using DeviceFirmware.Storage;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Replenishment
{
    /// <summary>Factory reset: deregister when online, then wipe tokens and slot states whatever DRS said.</summary>
    [TestClass]
    public class FactoryResetTests
    {
        [TestMethod]
        public static void OnlineTheDeviceIsDeregisteredThenEverythingIsWiped()
        {
            PolicyRig rig = Ordered();
            bool deregistered = Reset(rig).Run(rig.Clock.UtcNow, true);
            Assert.IsTrue(deregistered);
            Assert.AreEqual(1, rig.Drs.DeregisterCalls);
            AssertWiped(rig);
        }

        [TestMethod]
        public static void OfflineNothingIsSentAndEverythingIsWiped()
        {
            PolicyRig rig = Ordered();
            int requests = rig.Drs.RequestCount;
            Assert.IsFalse(Reset(rig).Run(rig.Clock.UtcNow, false));
            Assert.AreEqual(requests, rig.Drs.RequestCount);
            AssertWiped(rig);
        }

        [TestMethod]
        public static void AFailedDeregistrationStillWipes()
        {
            PolicyRig rig = Ordered();
            rig.Drs.FailNext("/registration", 503, string.Empty);
            Assert.IsFalse(Reset(rig).Run(rig.Clock.UtcNow, true));
            Assert.IsTrue(rig.Log.Contains("the customer can remove the device in their Amazon account"));
            AssertWiped(rig);
        }

        [TestMethod]
        public static void ADeviceTheCustomerAlreadyRemovedCountsAsDeregistered()
        {
            PolicyRig rig = Ordered();
            rig.Drs.DeregisterByCustomer();
            Assert.IsTrue(Reset(rig).Run(rig.Clock.UtcNow, true));
            AssertWiped(rig);
        }

        [TestMethod]
        public static void AfterAResetARestartFindsNoGrantAndNoEpisode()
        {
            PolicyRig rig = Ordered();
            Reset(rig).Run(rig.Clock.UtcNow, true);
            rig.Reboot();
            rig.Periods(2);
            Assert.AreEqual((object)ReplenishmentStatus.NeedsProvisioning, (object)rig.Policy.Status);
            Assert.AreEqual((object)SlotPhase.Armed, (object)rig.Monitor(0).Phase);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        private static PolicyRig Ordered()
        {
            PolicyRig rig = PolicyRig.OneSlot();
            rig.Readings(0, new double[] { 50, 10, 10, 10 });
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.IsTrue(rig.Memory.Exists("replenish.a") || rig.Memory.Exists("replenish.b"));
            return rig;
        }

        private static FactoryReset Reset(PolicyRig rig)
        {
            return new FactoryReset(rig.Client, rig.Vault, rig.Store, rig.Log);
        }

        private static void AssertWiped(PolicyRig rig)
        {
            Assert.IsNull(rig.Vault.Current);
            Assert.IsFalse(rig.Memory.Exists("tokens.a") || rig.Memory.Exists("tokens.b"), "tokens erased");
            Assert.IsFalse(rig.Memory.Exists("replenish.a") || rig.Memory.Exists("replenish.b"), "slot states erased");
            Assert.AreEqual(0, new EpisodeStore(rig.Memory, rig.Log).Load().Length);
            Assert.IsTrue(new TokenVault(rig.Memory, rig.Log).Load() == null);
        }
    }
}
