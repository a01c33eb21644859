using System;
using DeviceFirmware.App;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    [TestClass]
    public class FirmwareAppTests
    {
        [TestMethod]
        public static void AnUnprovisionedBootOpensTheWindow()
        {
            AppRig rig = new AppRig();

            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising");
            Assert.IsFalse(rig.App.IsProvisioned, "not provisioned");
            Assert.IsNull(rig.App.Replenishment);
            Assert.AreEqual(rig.Clock.UtcNow + FirmwareApp.WindowPollInterval, rig.App.NextWake(rig.Clock.UtcNow));
        }

        [TestMethod]
        public static void ProvisioningStartsOperatingAndOrdersOncePerEpisode()
        {
            AppRig rig = new AppRig();
            rig.Provision();

            Assert.IsTrue(rig.App.IsProvisioned, "provisioned");
            Assert.IsTrue(rig.TokensOnFlash(), "tokens stored");
            Assert.IsNotNull(rig.App.Replenishment);

            rig.Run(TimeSpan.FromTicks(TimeSpan.TicksPerMinute));
            Assert.AreEqual((object)FirmwareMode.Operating, (object)rig.App.Mode);
            rig.Level(10);
            rig.Run(TimeSpan.FromTicks(10 * TimeSpan.TicksPerMinute));

            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.App.Replenishment.SlotAt(0).Phase);
            Assert.IsFalse(rig.Log.Contains(AppRig.Password), "no Wi-Fi password in the log");
            Assert.IsFalse(rig.Log.Contains(AppRig.Code), "no code in the log");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void AProvisionedBootConnectsThenOperates()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.Reboot();

            Assert.AreEqual((object)FirmwareMode.Connecting, (object)rig.App.Mode);
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "no window when provisioned");
            Assert.AreEqual(rig.Clock.UtcNow, rig.App.NextWake(rig.Clock.UtcNow));
            rig.Tick();

            Assert.AreEqual((object)FirmwareMode.Operating, (object)rig.App.Mode);
            Assert.AreEqual(1, rig.WifiLink.ReconnectCount);
            Assert.IsTrue(rig.App.NextWake(rig.Clock.UtcNow) > rig.Clock.UtcNow, "sleeps between samples");
        }

        [TestMethod]
        public static void AFailedRejoinBacksOffWithoutCallingTheNetwork()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.WifiLink.Reachable = false;
            rig.Reboot();
            int requests = rig.Drs.RequestCount;

            rig.Tick();
            rig.Tick();

            Assert.AreEqual((object)FirmwareMode.Connecting, (object)rig.App.Mode);
            Assert.AreEqual(1, rig.WifiLink.ReconnectCount);
            Assert.IsTrue(rig.App.NextWake(rig.Clock.UtcNow) > rig.Clock.UtcNow, "backing off");
            Assert.AreEqual(requests, rig.Drs.RequestCount);

            rig.WifiLink.Reachable = true;
            rig.Run(TimeSpan.FromTicks(5 * TimeSpan.TicksPerSecond));
            Assert.AreEqual((object)FirmwareMode.Operating, (object)rig.App.Mode);
        }

        [TestMethod]
        public static void AfterAHoursLongRouterOutageTheDeviceIsBackWithinTwoMinutes()
        {
            // Wi-Fi joins keep a 60 s cap: the long-outage growth of the LWA and DRS backoff is for servers.
            AppRig rig = new AppRig();
            rig.Provision();
            rig.WifiLink.Reachable = false;
            rig.Reboot();
            rig.Run(TimeSpan.FromTicks(3 * TimeSpan.TicksPerHour));
            Assert.AreEqual((object)FirmwareMode.Connecting, (object)rig.App.Mode);

            rig.WifiLink.Reachable = true;
            rig.Run(TimeSpan.FromTicks(2 * TimeSpan.TicksPerMinute));
            Assert.AreEqual((object)FirmwareMode.Operating, (object)rig.App.Mode);
        }

        [TestMethod]
        public static void ADeregisteredDeviceReturnsToProvisioningAndKeepsItsEpisode()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.Level(10);
            rig.Run(TimeSpan.FromTicks(10 * TimeSpan.TicksPerMinute));
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);

            rig.Drs.DeregisterByCustomer();
            rig.Level(12);
            rig.RunUntilUnprovisioned(TimeSpan.FromTicks(25 * TimeSpan.TicksPerHour));

            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);
            Assert.IsFalse(rig.App.IsProvisioned, "unprovisioned");
            Assert.IsFalse(rig.TokensOnFlash(), "tokens wiped");
            SlotEpisode[] episodes = new EpisodeStore(rig.Flash, new RecordingLog()).Load();
            Assert.AreEqual(1, episodes.Length);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)episodes[0].Phase);
            Assert.IsTrue(rig.Log.Contains("back to provisioning"), "said why");
        }

        [TestMethod]
        public static void ReprovisioningAfterRevocationRestoresTheEpisodeWithoutASecondOrder()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.Level(10);
            rig.Run(TimeSpan.FromTicks(10 * TimeSpan.TicksPerMinute));
            rig.Drs.ExpireAccessTokens();

            // DRS refuses the device for good: the tokens go once 3 refusals over an hour prove it.
            rig.Drs.RefuseDevice = true;
            rig.RunUntilUnprovisioned(TimeSpan.FromTicks(25 * TimeSpan.TicksPerHour));
            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);

            rig.Drs.RefuseDevice = false;
            rig.Provision();
            rig.Run(TimeSpan.FromTicks(30 * TimeSpan.TicksPerMinute));

            Assert.AreEqual((object)FirmwareMode.Operating, (object)rig.App.Mode);
            Assert.AreEqual((object)SlotPhase.Ordered, (object)rig.App.Replenishment.SlotAt(0).Phase);
            Assert.AreEqual(1, rig.Drs.OrdersPlaced);
        }

        [TestMethod]
        public static void TheButtonReopensTheWindowWhileOperating()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.Run(TimeSpan.FromTicks(TimeSpan.TicksPerMinute));
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "window closed after success");

            rig.Button.IsPressed = true;
            Assert.AreEqual(rig.Clock.UtcNow + FirmwareApp.ButtonPollInterval, rig.App.NextWake(rig.Clock.UtcNow));
            rig.Run(TimeSpan.FromTicks(6 * TimeSpan.TicksPerSecond));
            rig.Button.IsPressed = false;

            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);
            Assert.IsTrue(rig.App.IsProvisioned, "still provisioned while the window is open");
        }

        [TestMethod]
        public static void TheAppsFactoryResetDeregistersAndWipesEverything()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.Level(10);
            rig.Run(TimeSpan.FromTicks(10 * TimeSpan.TicksPerMinute));
            rig.Button.IsPressed = true;
            rig.Run(TimeSpan.FromTicks(6 * TimeSpan.TicksPerSecond));
            rig.Button.IsPressed = false;

            rig.SendFactoryReset();
            rig.Tick();

            Assert.AreEqual(1, rig.Drs.DeregisterCalls);
            Assert.AreEqual(1, rig.WifiLink.ForgetCount);
            Assert.IsFalse(rig.TokensOnFlash(), "tokens wiped");
            Assert.AreEqual(0, new EpisodeStore(rig.Flash, new RecordingLog()).Load().Length);
            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);
            Assert.IsFalse(rig.App.IsProvisioned, "unprovisioned");
        }

        [TestMethod]
        public static void AnOfflineFactoryResetStillWipes()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.WifiLink.Reachable = false;
            rig.Reboot();

            rig.App.FactoryReset(rig.Clock.UtcNow);

            Assert.AreEqual(0, rig.Drs.DeregisterCalls);
            Assert.AreEqual(1, rig.WifiLink.ForgetCount);
            Assert.IsFalse(rig.TokensOnFlash(), "tokens wiped");
            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);
        }

        [TestMethod]
        public static void AWindowThatTimesOutLeavesTheDeviceUnprovisionedAndAsleep()
        {
            AppRig rig = new AppRig();
            rig.Run(TimeSpan.FromTicks(11 * TimeSpan.TicksPerMinute));

            Assert.AreEqual((object)FirmwareMode.Unprovisioned, (object)rig.App.Mode);
            Assert.AreEqual(DateTime.MaxValue, rig.App.NextWake(rig.Clock.UtcNow));
            Assert.AreEqual(0, rig.Drs.RequestCount);
        }

        [TestMethod]
        public static void TickBeforeBootAndASecondBootAreRefused()
        {
            AppRig rig = new AppRig();
            Assert.ThrowsException(typeof(InvalidOperationException), () => rig.App.Boot(rig.Clock.UtcNow));
        }

        [TestMethod]
        public static void ARebootWritesNothingToFlashWhenNothingChanged()
        {
            AppRig rig = new AppRig();
            rig.Provision();
            rig.Run(TimeSpan.FromTicks(TimeSpan.TicksPerHour));
            rig.Flash.ResetCounters();

            rig.Reboot();
            rig.Run(TimeSpan.FromTicks(3 * TimeSpan.TicksPerHour));

            Assert.AreEqual(0, rig.Flash.BytesWritten);
        }
    }
}
