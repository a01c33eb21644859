using System;
using DeviceFirmware.App;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    /// <summary>The firmware in the web-app flow: Wi-Fi-only provisioning, the provisioned marker, no LWA and no DRS.</summary>
    [TestClass]
    public class WebAppFirmwareTests
    {
        [TestMethod]
        public static void AnUnprovisionedBootOpensTheWindowSayingWebApp()
        {
            WebAppFirmwareRig rig = new WebAppFirmwareRig();
            Assert.IsFalse(rig.App.IsProvisioned, "not provisioned");
            Assert.AreEqual((object)FirmwareMode.WindowOpen, (object)rig.App.Mode);
            byte[] info = rig.Peripheral.Handler.OnRead(CharacteristicIndex.Info);
            CollectionAssert.AreEqual(new byte[] { ReadableValues.FlowWebApp }, Tlv.Find(info, ReadableValues.TagFlow));
            Assert.IsNull(Tlv.Find(rig.Peripheral.Handler.OnRead(CharacteristicIndex.Challenge), ReadableValues.TagChallenge), "no PKCE challenge");
            Assert.IsNull(rig.App.Drs, "no DRS client in this flow");
        }

        [TestMethod]
        public static void WifiOnlyProvisioningChecksInAndOperates()
        {
            WebAppFirmwareRig rig = new WebAppFirmwareRig();
            rig.Provision();
            Assert.IsTrue(rig.App.IsProvisioned, "provisioned");
            Assert.IsTrue(new ProvisionedMarker(rig.Flash, new RecordingLog()).IsSet(), "the marker is on flash");
            Assert.AreEqual("/api/device/v1/status", rig.Web.PathAt(0));

            rig.Level(10);
            rig.Run(new TimeSpan(0, 10, 0));
            Assert.AreEqual(1, rig.Web.OrdersPlaced);
            for (int i = 0; i < rig.Web.RequestCount; i++)
            {
                Assert.StartsWith("/api/device/v1/", rig.Web.PathAt(i));
            }

            Assert.IsFalse(rig.Log.Contains(AppRig.Password), "no Wi-Fi password in the log");
            Assert.IsFalse(rig.Log.Contains(FakeDeviceKeyFile.TestKeyHex.Substring(0, 16)), "no key in the log");
        }

        [TestMethod]
        public static void AProvisionedDeviceResumesAfterARebootWithoutTheWindow()
        {
            WebAppFirmwareRig rig = new WebAppFirmwareRig();
            rig.Provision();
            rig.Reboot();
            Assert.IsTrue(rig.App.IsProvisioned, "provisioned from the marker");
            Assert.IsFalse(rig.App.Provisioning.IsOpen, "no window");
            int before = rig.Web.CountOf("/api/device/v1/status");
            rig.Run(new TimeSpan(0, 2, 0));
            Assert.AreEqual(before + 1, rig.Web.CountOf("/api/device/v1/status"));
        }

        [TestMethod]
        public static void AnUnregisteredDeviceShowsRegisterMeUntilTheWebApplicationSaysOtherwise()
        {
            WebAppFirmwareRig rig = new WebAppFirmwareRig();
            rig.Web.Registered = false;
            rig.Provision();
            rig.Run(new TimeSpan(0, 2, 0));
            Assert.AreEqual((object)FirmwareMode.NotRegistered, (object)rig.App.Mode);
            Assert.IsTrue(rig.Log.Contains("not registered yet"), "the log says what to do");

            rig.Web.Registered = true;
            rig.Run(new TimeSpan(1, 0, 1, 0));
            Assert.AreEqual((object)FirmwareMode.Operating, (object)rig.App.Mode);
        }

        [TestMethod]
        public static void ARejectedCheckInReportsDeviceRejected()
        {
            WebAppFirmwareRig rig = new WebAppFirmwareRig();
            rig.Web.RespondNext(401, "{\"error\":\"unknown_device\",\"message\":\"x\"}");
            rig.Provision();
            Assert.IsFalse(rig.App.IsProvisioned, "not provisioned");
            StatusValue status = StatusValue.Parse(rig.Peripheral.Handler.OnRead(CharacteristicIndex.Status));
            Assert.AreEqual(ProvisioningErrors.DeviceRejected, status.LastError);
            Assert.IsFalse(new ProvisionedMarker(rig.Flash, new RecordingLog()).IsSet(), "no marker");
        }

        [TestMethod]
        public static void FactoryResetErasesTheMarkerAndKeepsEpisodeNumbers()
        {
            WebAppFirmwareRig rig = new WebAppFirmwareRig();
            rig.Provision();
            rig.Level(10);
            rig.Run(new TimeSpan(0, 10, 0));
            Assert.AreEqual(1L, rig.Web.EpisodeAt(0));
            rig.App.FactoryReset(rig.Clock.UtcNow);
            Assert.IsFalse(new ProvisionedMarker(rig.Flash, new RecordingLog()).IsSet(), "marker erased");
            Assert.AreEqual(1, rig.WifiLink.ForgetCount);
            Assert.IsTrue(rig.App.Provisioning.IsOpen, "window open");

            rig.Provision();
            rig.Level(90);
            rig.Run(new TimeSpan(0, 10, 0));
            rig.Level(10);
            rig.Run(new TimeSpan(0, 10, 0));
            Assert.AreEqual(2, rig.Web.OrdersPlaced);
            Assert.AreEqual(2L, rig.Web.EpisodeAt(rig.Web.ReplenishCount - 1));
        }
    }
}
