using DeviceFirmware.Provisioning;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    /// <summary>BLE provisioning in the web-app flow (docs/provisioning-protocol.md, version 2): Wi-Fi only, no PKCE, state 4 contacts the web application.</summary>
    [TestClass]
    public class WebAppProvisioningTests
    {
        [TestMethod]
        public static void OpeningPublishesTheAttemptOnly()
        {
            SessionRig rig = new SessionRig(false, false, true);
            rig.Open();
            CollectionAssert.AreEqual(ReadableValues.AttemptOnly(1), rig.Endpoint.OnRead(CharacteristicIndex.Challenge));
            Assert.IsNull(rig.Challenge, "no code challenge in the web-app flow");
            Assert.IsTrue(rig.Log.Contains("Wi-Fi only"), "the log names the flow");
            Assert.IsFalse(rig.Log.Contains("verifier"), "no verifier is made");
        }

        [TestMethod]
        public static void LwaFieldsAreRefusedAsNotInThisFlow()
        {
            SessionRig rig = new SessionRig(false, false, true);
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.NotInThisFlow, rig.SendText(CharacteristicIndex.AuthorizationCode, SessionRig.Code));
            Assert.AreEqual(ProvisioningErrors.NotInThisFlow, rig.SendText(CharacteristicIndex.RedirectUri, SessionRig.RedirectUri));
            Assert.AreEqual(ProvisioningErrors.NotInThisFlow, rig.SendText(CharacteristicIndex.ClientId, SessionRig.ClientId));
            Assert.AreEqual((byte)0, rig.Status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.NotInThisFlow, rig.Status.LastError);
            Assert.AreEqual("NOT_IN_THIS_FLOW", ProvisioningErrors.NameOf(ProvisioningErrors.NotInThisFlow));
        }

        [TestMethod]
        public static void CommitNeedsTheSsidAndThePasswordOnly()
        {
            SessionRig rig = new SessionRig(false, false, true);
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.WifiSsid, SessionRig.Ssid));
            Assert.AreEqual(ProvisioningErrors.FieldsMissing, rig.Commit());
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.WifiPassword, SessionRig.Password));
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.JoiningWifi, (object)rig.Status.State);
            rig.Tick();
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.ExchangingCode, (object)rig.Status.State);
            Assert.IsTrue(rig.Log.Contains("contacting the web application"), "state 4 contacts the web application");
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.AreEqual(1, rig.Exchange.ExchangeCount);
            Assert.IsNull(rig.Exchange.LastCode, "no code");
            Assert.IsNull(rig.Exchange.LastVerifier, "no verifier");
            Assert.AreEqual(SessionRig.Ssid, rig.Wifi.LastSsid);
            Assert.IsTrue(rig.Session.HasSucceeded, "succeeded");
            Assert.IsTrue(rig.LogHoldsNoSecret(), "no secret in the log");
        }

        [TestMethod]
        public static void CloudUnreachableKeepsTheValuesAndTheAttempt()
        {
            SessionRig rig = new SessionRig(false, false, true);
            rig.Exchange.Then(CodeExchangeResult.CloudUnreachable);
            rig.Open();
            rig.SendWifi();
            byte attempt = rig.Attempt;
            rig.Commit();
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
            Assert.AreEqual(ProvisioningErrors.CloudUnreachable, rig.Status.LastError);
            Assert.AreEqual(attempt, rig.Attempt);
            Assert.AreEqual((byte)0x03, rig.Status.FieldsReceived);

            // Commit again: the default answer of the scripted port is success.
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
        }

        [TestMethod]
        public static void DeviceRejectedKeepsTheValues()
        {
            SessionRig rig = new SessionRig(false, false, true);
            rig.Exchange.Then(CodeExchangeResult.DeviceRejected);
            rig.Open();
            rig.SendWifi();
            rig.Commit();
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
            Assert.AreEqual(ProvisioningErrors.DeviceRejected, rig.Status.LastError);
            Assert.AreEqual((byte)0x03, rig.Status.FieldsReceived);
            Assert.AreEqual("DEVICE_REJECTED", ProvisioningErrors.NameOf(ProvisioningErrors.DeviceRejected));
        }

        [TestMethod]
        public static void AnyOtherFailureIsCloudUnreachableWithTheSameAttempt()
        {
            SessionRig rig = new SessionRig(false, false, true);
            rig.Exchange.Then(CodeExchangeResult.Failed);
            rig.Open();
            rig.SendWifi();
            byte attempt = rig.Attempt;
            rig.Commit();
            rig.Settle();
            Assert.AreEqual(ProvisioningErrors.CloudUnreachable, rig.Status.LastError);
            Assert.AreEqual(attempt, rig.Attempt);
        }

        [TestMethod]
        public static void CompanionFlowStillTakesTheLwaFields()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            Assert.AreEqual((byte)0x1F, rig.Status.FieldsReceived);
            Assert.IsNotNull(rig.Challenge, "companion flow publishes a code challenge");
        }
    }
}
