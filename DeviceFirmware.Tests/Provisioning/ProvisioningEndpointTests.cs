using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class ProvisioningEndpointTests
    {
        [TestMethod]
        public static void ClosedEndpointRefusesEveryWrite()
        {
            SessionRig rig = new SessionRig();
            Assert.AreEqual(ProvisioningErrors.NotAccepting, rig.SendText(CharacteristicIndex.WifiSsid, SessionRig.Ssid));
            Assert.AreEqual((object)ProvisioningState.Closed, (object)rig.Status.State);
            Assert.AreEqual((byte)0, rig.Status.FieldsReceived);
        }

        [TestMethod]
        public static void ValuesAreKeptAndCountedInTheStatus()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.WifiSsid, SessionRig.Ssid));
            Assert.AreEqual((byte)0x01, rig.Status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            Assert.AreEqual((byte)0x1F, rig.Status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.None, rig.Status.LastError);
            Assert.IsTrue(rig.LogHoldsNoSecret(), "log holds lengths only");
        }

        [TestMethod]
        public static void SecretsAndCommandsNeedAnEncryptedLink()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.EncryptionRequired, rig.Send(CharacteristicIndex.WifiPassword, Hex.Ascii(SessionRig.Password), SessionRig.Plain));
            Assert.AreEqual(ProvisioningErrors.EncryptionRequired, rig.Send(CharacteristicIndex.AuthorizationCode, Hex.Ascii(SessionRig.Code), SessionRig.Plain));
            Assert.AreEqual(ProvisioningErrors.EncryptionRequired, rig.Send(CharacteristicIndex.Command, new byte[] { CommandCode.StartOver }, SessionRig.Plain));
            Assert.AreEqual((byte)0, rig.Status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.EncryptionRequired, rig.Status.LastError);
            Assert.AreEqual(ProvisioningErrors.None, rig.Send(CharacteristicIndex.WifiSsid, Hex.Ascii(SessionRig.Ssid), SessionRig.Plain));
            Assert.AreEqual(ProvisioningErrors.None, rig.Send(CharacteristicIndex.ClientId, Hex.Ascii(SessionRig.ClientId), SessionRig.Plain));
        }

        [TestMethod]
        public static void PasskeyProductsNeedAnAuthenticatedLinkForSecrets()
        {
            SessionRig rig = new SessionRig(true);
            rig.Open();
            GattLink justWorks = new GattLink(true, false, 23);
            Assert.AreEqual(ProvisioningErrors.AuthenticationRequired, rig.Send(CharacteristicIndex.WifiPassword, Hex.Ascii(SessionRig.Password), justWorks));
            Assert.AreEqual(ProvisioningErrors.EncryptionRequired, rig.Send(CharacteristicIndex.AuthorizationCode, Hex.Ascii(SessionRig.Code), SessionRig.Plain));
            Assert.AreEqual(ProvisioningErrors.None, rig.Send(CharacteristicIndex.WifiPassword, Hex.Ascii(SessionRig.Password), new GattLink(true, true, 23)));
        }

        [TestMethod]
        public static void WriteToAReadOnlyCharacteristicIsNotPermitted()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            byte[] frame = (byte[])FrameCodec.Split(0, Hex.Ascii("x"), 23)[0];
            Assert.AreEqual(AttError.WriteNotPermitted, rig.Endpoint.OnWrite(CharacteristicIndex.Status, frame, rig.Secure));
            Assert.AreEqual(AttError.WriteNotPermitted, rig.Endpoint.OnWrite(CharacteristicIndex.Info, frame, rig.Secure));
            Assert.AreEqual(AttError.WriteNotPermitted, rig.Endpoint.OnWrite(42, frame, rig.Secure));
            Assert.AreEqual(ProvisioningErrors.None, rig.Status.LastError);
        }

        [TestMethod]
        public static void RefusedValueChangesNothingButTheLastError()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.WifiPassword, SessionRig.Password));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, rig.SendText(CharacteristicIndex.WifiPassword, "short"));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, rig.SendText(CharacteristicIndex.WifiSsid, "an SSID that is longer than 32 bytes"));
            StatusValue status = rig.Status;
            Assert.AreEqual((byte)0x02, status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, status.LastError);
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)status.State);
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual(SessionRig.Password, rig.Wifi.LastPassword);
        }

        [TestMethod]
        public static void CommitNeedsEveryValue()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.WifiSsid, SessionRig.Ssid));
            Assert.AreEqual(ProvisioningErrors.FieldsMissing, rig.Commit());
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
        }

        [TestMethod]
        public static void CommitForAnotherAttemptIsStale()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            byte stale = (byte)(rig.Attempt + 1);
            Assert.AreEqual(ProvisioningErrors.StaleChallenge, rig.Send(CharacteristicIndex.Command, new byte[] { CommandCode.Commit, stale }, rig.Secure));
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
        }

        [TestMethod]
        public static void UnknownAndMisshapenCommandsAreRefused()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.UnknownCommand, rig.Command(0x7E));
            Assert.AreEqual(ProvisioningErrors.UnknownCommand, rig.Command(0x00));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, rig.Send(CharacteristicIndex.Command, new byte[] { CommandCode.StartOver, 1 }, rig.Secure));
            Assert.AreEqual(ProvisioningErrors.ValueInvalid, rig.Send(CharacteristicIndex.Command, new byte[] { CommandCode.Commit }, rig.Secure));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, rig.Send(CharacteristicIndex.Command, new byte[] { CommandCode.Commit, 1, 2 }, rig.Secure));
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
        }

        [TestMethod]
        public static void WritesWhileWorkingAreBusy()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            Assert.AreEqual(ProvisioningErrors.Busy, rig.SendText(CharacteristicIndex.WifiSsid, "Other"));
            Assert.AreEqual(ProvisioningErrors.Busy, rig.Command(CommandCode.StartOver));
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.JoiningWifi, (object)rig.Status.State);
            Assert.AreEqual(ProvisioningErrors.Busy, rig.SendText(CharacteristicIndex.WifiSsid, "Other"));
            rig.Settle();
            Assert.AreEqual(SessionRig.Ssid, rig.Wifi.LastSsid);
        }

        [TestMethod]
        public static void DisconnectDropsAPartialMessage()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            System.Collections.ArrayList frames = FrameCodec.Split(1, Hex.Ascii(SessionRig.Code), 23);
            Assert.AreEqual(ProvisioningErrors.None, rig.Endpoint.OnWrite(CharacteristicIndex.AuthorizationCode, (byte[])frames[0], rig.Secure));
            rig.Endpoint.OnDisconnected();
            Assert.AreEqual(ProvisioningErrors.FrameOutOfOrder, rig.Endpoint.OnWrite(CharacteristicIndex.AuthorizationCode, (byte[])frames[1], rig.Secure));
            Assert.AreEqual((byte)0, rig.Status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.AuthorizationCode, SessionRig.Code));
        }

        [TestMethod]
        public static void StalledMessageExpiresOnTheMainLoop()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            System.Collections.ArrayList frames = FrameCodec.Split(1, Hex.Ascii(SessionRig.Code), 23);
            Assert.AreEqual(ProvisioningErrors.None, rig.Endpoint.OnWrite(CharacteristicIndex.AuthorizationCode, (byte[])frames[0], rig.Secure));
            rig.Clock.Advance(new System.TimeSpan(0, 0, 31));
            rig.Tick();
            Assert.AreEqual(ProvisioningErrors.MessageExpired, rig.Endpoint.OnWrite(CharacteristicIndex.AuthorizationCode, (byte[])frames[1], rig.Secure));
            Assert.IsTrue(rig.Log.Contains("expired"), "expiry logged");
        }

        [TestMethod]
        public static void NullOrEmptyWritesAreMalformed()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.FrameMalformed, rig.Endpoint.OnWrite(CharacteristicIndex.WifiSsid, null, rig.Secure));
            Assert.AreEqual(ProvisioningErrors.FrameMalformed, rig.Endpoint.OnWrite(CharacteristicIndex.WifiSsid, new byte[0], rig.Secure));
            Assert.AreEqual(ProvisioningErrors.EncryptionRequired, rig.Endpoint.OnWrite(CharacteristicIndex.WifiPassword, new byte[] { 1 }, null));
        }
    }
}
