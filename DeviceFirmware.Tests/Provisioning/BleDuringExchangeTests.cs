using DeviceFirmware.Config;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class BleDuringExchangeTests
    {
        [TestMethod]
        public static void StopModeStopsTheServerOnlyAroundTheExchangeOnSuccess()
        {
            SessionRig rig = new SessionRig(false, true);
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            int mark = rig.Trace.Length;
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Tick();
            rig.Tick();
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.ExchangingCode, (object)rig.Status.State);
            Assert.AreEqual(string.Empty, rig.Trace.Since(mark));
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "still advertising through Wi-Fi and time sync");

            rig.Tick();

            Assert.AreEqual("StopServer Exchange StartAdvertising", rig.Trace.Since(mark));
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising again for the app to reconnect");
            Assert.AreEqual("DRS-1A70", rig.Peripheral.AdvertisedName);
            Assert.IsTrue(rig.Log.Contains("BLE server stopped"), "stop logged");
            Assert.IsTrue(rig.LogHoldsNoSecret(), "no secret in the log");
        }

        [TestMethod]
        public static void StopModeLeavesTimeToReconnectAfterSuccess()
        {
            SessionRig rig = Provisioned(true);
            Assert.AreEqual((int)(ProvisioningSession.ReconnectLinger.Ticks / System.TimeSpan.TicksPerSecond), rig.Status.SecondsLeft);
            rig.Clock.Advance(ProvisioningSession.ProvisionedLinger);
            rig.Tick();
            Assert.IsTrue(rig.Session.IsOpen, "open past the usual 10 s");
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);

            rig.Clock.Advance(ProvisioningSession.ReconnectLinger - ProvisioningSession.ProvisionedLinger);
            rig.Tick();
            Assert.IsFalse(rig.Session.IsOpen, "closed after the reconnect linger");
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "not advertising once closed");
        }

        [TestMethod]
        public static void KeepModeNeverStopsTheServer()
        {
            SessionRig rig = Provisioned(false);
            Assert.AreEqual(0, rig.Peripheral.ServerStopCount);
            Assert.AreEqual(1, rig.Peripheral.StartCount);
            Assert.AreEqual((int)(ProvisioningSession.ProvisionedLinger.Ticks / System.TimeSpan.TicksPerSecond), rig.Status.SecondsLeft);
        }

        [TestMethod]
        public static void StopModeRestartsAfterARejectedCodeWithANewChallenge()
        {
            SessionRig rig = new SessionRig(false, true);
            rig.Exchange.Then(CodeExchangeResult.CodeRejected);
            int mark = CommitAndReachTheExchange(rig);

            rig.Tick();

            Assert.AreEqual("StopServer Exchange StartAdvertising", rig.Trace.Since(mark));
            StatusValue status = rig.Status;
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)status.State);
            Assert.AreEqual(ProvisioningErrors.CodeRejected, status.LastError);
            Assert.AreEqual((byte)2, status.Attempt);
            Assert.IsTrue(status.SecondsLeft >= 120, "at least the failure grace left");
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising again");
        }

        [TestMethod]
        public static void StopModeRestartsWhenLwaIsUnreachableAndAgainOnTheRetry()
        {
            SessionRig rig = new SessionRig(false, true);
            rig.Exchange.Then(CodeExchangeResult.Unreachable);
            int mark = CommitAndReachTheExchange(rig);
            rig.Tick();
            Assert.AreEqual("StopServer Exchange StartAdvertising", rig.Trace.Since(mark));
            Assert.AreEqual(ProvisioningErrors.LwaUnreachable, rig.Status.LastError);
            Assert.AreEqual((byte)1, rig.Status.Attempt);

            mark = rig.Trace.Length;
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual("StopServer Exchange StartAdvertising", rig.Trace.Since(mark));
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.AreEqual(2, rig.Peripheral.ServerStopCount);
        }

        [TestMethod]
        public static void StopModeDoesNotStopTheServerWhenWifiFails()
        {
            SessionRig rig = new SessionRig(false, true);
            rig.Wifi.Then(WifiJoinResult.WrongPassword);
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            int mark = rig.Trace.Length;
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual(ProvisioningErrors.WifiWrongPassword, rig.Status.LastError);
            Assert.AreEqual(string.Empty, rig.Trace.Since(mark));
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising throughout");
        }

        [TestMethod]
        public static void AFailedRestartIsRetriedAtTheNextStep()
        {
            SessionRig rig = new SessionRig(false, true);
            int mark = CommitAndReachTheExchange(rig);
            rig.Peripheral.StartFailures = 1;

            rig.Tick();
            Assert.AreEqual("StopServer Exchange StartAdvertisingFailed", rig.Trace.Since(mark));
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "not advertising after the failed restart");
            Assert.IsTrue(rig.Log.Contains("not restarted"), "failure logged");
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);

            rig.Tick();
            Assert.AreEqual("StopServer Exchange StartAdvertisingFailed StartAdvertising", rig.Trace.Since(mark));
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising after the retry");
        }

        [TestMethod]
        public static void TheProfileTakesTheModeFromTheConfiguration()
        {
            FirmwareConfig stop = FirmwareConfig.Parse("[device]\nmodel = ABC123\n[provisioning]\nble_during_exchange = stop\n");
            FirmwareConfig keep = FirmwareConfig.Parse("[device]\nmodel = ABC123\n");
            Assert.IsTrue(ProvisioningProfile.FromConfig(stop, "240AC45E1A70", "1.0.0").StopBleDuringExchange, "stop");
            Assert.IsFalse(ProvisioningProfile.FromConfig(keep, "240AC45E1A70", "1.0.0").StopBleDuringExchange, "keep by default");
        }

        private static SessionRig Provisioned(bool stopBleDuringExchange)
        {
            SessionRig rig = new SessionRig(false, stopBleDuringExchange);
            CommitAndReachTheExchange(rig);
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            return rig;
        }

        private static int CommitAndReachTheExchange(SessionRig rig)
        {
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Tick();
            rig.Tick();
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.ExchangingCode, (object)rig.Status.State);
            return rig.Trace.Length;
        }
    }
}
