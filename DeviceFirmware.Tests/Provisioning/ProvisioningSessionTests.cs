using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Provisioning;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class ProvisioningSessionTests
    {
        [TestMethod]
        public static void OpeningRegistersAdvertisesAndPublishesAChallenge()
        {
            SessionRig rig = new SessionRig();
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "closed at first");
            rig.Open();
            Assert.IsTrue(rig.Session.IsOpen, "open");
            Assert.AreEqual(1, rig.Peripheral.RegisterCount);
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising");
            Assert.AreEqual("DRS-1A70", rig.Peripheral.AdvertisedName);
            StatusValue status = rig.Status;
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)status.State);
            Assert.AreEqual((byte)1, status.Attempt);
            Assert.AreEqual(600, status.SecondsLeft);
            Assert.AreEqual(43, rig.Challenge.Length);
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)StatusValue.Parse(rig.Peripheral.LastNotification).State);
        }

        [TestMethod]
        public static void HappyPathJoinsSyncsExchangesAndCloses()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            string challenge = rig.Challenge;
            Assert.AreEqual(ProvisioningErrors.None, rig.SendAll());
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.JoiningWifi, (object)rig.Status.State);
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.SyncingTime, (object)rig.Status.State);
            Assert.AreEqual(SessionRig.Ssid, rig.Wifi.LastSsid);
            Assert.AreEqual(SessionRig.Password, rig.Wifi.LastPassword);
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.ExchangingCode, (object)rig.Status.State);
            rig.Tick();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.AreEqual(SessionRig.Code, rig.Exchange.LastCode);
            Assert.AreEqual(SessionRig.RedirectUri, rig.Exchange.LastRedirectUri);
            Assert.AreEqual(SessionRig.ClientId, rig.Exchange.LastClientId);
            Assert.AreEqual(challenge, rig.Exchange.LastVerifierChallenge);
            Assert.IsTrue(rig.Exchange.LastVerifier.IsWiped, "verifier wiped after success");
            Assert.IsTrue(rig.Session.HasSucceeded, "succeeded");
            Assert.AreEqual((byte)0, rig.Status.FieldsReceived);
            Assert.IsNull(rig.Challenge, "no challenge after success");
            Assert.AreEqual(ProvisioningErrors.NotAccepting, rig.SendText(CharacteristicIndex.WifiSsid, "late"));

            rig.Clock.Advance(ProvisioningSession.ProvisionedLinger);
            rig.Tick();
            Assert.IsFalse(rig.Session.IsOpen, "closed after the linger");
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "not advertising");
            Assert.AreEqual((object)ProvisioningState.Closed, (object)rig.Status.State);
            Assert.IsTrue(rig.LogHoldsNoSecret(), "no secret in the log");
        }

        [TestMethod]
        public static void EachStateChangeIsNotifiedOnce()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            ProvisioningState[] expected = new ProvisioningState[]
            {
                ProvisioningState.WaitingForInput,
                ProvisioningState.JoiningWifi,
                ProvisioningState.SyncingTime,
                ProvisioningState.ExchangingCode,
                ProvisioningState.Provisioned,
            };
            Assert.AreEqual(expected.Length, rig.Peripheral.NotificationCount);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual((object)expected[i], (object)StatusValue.Parse(rig.Peripheral.NotificationAt(i)).State);
            }
        }

        [TestMethod]
        public static void WrongWifiPasswordReturnsToWaitingWithTheSameChallenge()
        {
            SessionRig rig = new SessionRig();
            rig.Wifi.Then(WifiJoinResult.WrongPassword);
            rig.Open();
            string challenge = rig.Challenge;
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            StatusValue status = rig.Status;
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)status.State);
            Assert.AreEqual(ProvisioningErrors.WifiWrongPassword, status.LastError);
            Assert.AreEqual((byte)1, status.Attempt);
            Assert.AreEqual((byte)0x1F, status.FieldsReceived);
            Assert.AreEqual(challenge, rig.Challenge);
            Assert.AreEqual(0, rig.Exchange.ExchangeCount);
            Assert.AreEqual(0, rig.Reset.EraseCount);

            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.WifiPassword, "the-right-password"));
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.AreEqual(challenge, rig.Exchange.LastVerifierChallenge);
        }

        [TestMethod]
        public static void EveryWifiFailureHasItsError()
        {
            AssertWifiFailure(WifiJoinResult.NetworkNotFound, ProvisioningErrors.WifiNetworkNotFound);
            AssertWifiFailure(WifiJoinResult.NoIpAddress, ProvisioningErrors.WifiNoIpAddress);
            AssertWifiFailure(WifiJoinResult.Failed, ProvisioningErrors.WifiFailed);
        }

        [TestMethod]
        public static void TimeSyncFailureReturnsToWaiting()
        {
            SessionRig rig = new SessionRig();
            rig.Time.Then(false);
            rig.Open();
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
            Assert.AreEqual(ProvisioningErrors.TimeSyncFailed, rig.Status.LastError);
            Assert.AreEqual(0, rig.Exchange.ExchangeCount);
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
        }

        [TestMethod]
        public static void RejectedCodeMakesAFreshChallengeAndDropsTheCode()
        {
            SessionRig rig = new SessionRig();
            rig.Exchange.Then(CodeExchangeResult.CodeRejected);
            rig.Open();
            string first = rig.Challenge;
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            StatusValue status = rig.Status;
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)status.State);
            Assert.AreEqual(ProvisioningErrors.CodeRejected, status.LastError);
            Assert.AreEqual((byte)2, status.Attempt);
            Assert.AreEqual((byte)0x1B, status.FieldsReceived);
            Assert.AreNotEqual(first, rig.Challenge);
            Assert.IsTrue(rig.Exchange.LastVerifier.IsWiped, "old verifier wiped");
            string second = rig.Challenge;

            Assert.AreEqual(ProvisioningErrors.FieldsMissing, rig.Commit());
            Assert.AreEqual(ProvisioningErrors.None, rig.SendText(CharacteristicIndex.AuthorizationCode, "SecondLoginCode123"));
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.AreEqual(second, rig.Exchange.LastVerifierChallenge);
        }

        [TestMethod]
        public static void MisconfiguredClientMakesAFreshChallenge()
        {
            SessionRig rig = new SessionRig();
            rig.Exchange.Then(CodeExchangeResult.ClientRejected);
            rig.Open();
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            Assert.AreEqual(ProvisioningErrors.ClientRejected, rig.Status.LastError);
            Assert.AreEqual((byte)2, rig.Status.Attempt);
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
        }

        [TestMethod]
        public static void OtherExchangeFailureMakesAFreshChallenge()
        {
            SessionRig rig = new SessionRig();
            rig.Exchange.Then(CodeExchangeResult.Failed);
            rig.Open();
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            Assert.AreEqual(ProvisioningErrors.ExchangeFailed, rig.Status.LastError);
            Assert.AreEqual((byte)2, rig.Status.Attempt);
        }

        [TestMethod]
        public static void UnreachableLwaKeepsCodeAndVerifierForARetry()
        {
            SessionRig rig = new SessionRig();
            rig.Exchange.Then(CodeExchangeResult.Unreachable);
            rig.Open();
            string challenge = rig.Challenge;
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            Assert.AreEqual(ProvisioningErrors.LwaUnreachable, rig.Status.LastError);
            Assert.AreEqual((byte)1, rig.Status.Attempt);
            Assert.AreEqual((byte)0x1F, rig.Status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.None, rig.Commit());
            rig.Settle();
            Assert.AreEqual((object)ProvisioningState.Provisioned, (object)rig.Status.State);
            Assert.AreEqual(challenge, rig.Exchange.LastVerifierChallenge);
            Assert.AreEqual(2, rig.Exchange.ExchangeCount);
        }

        [TestMethod]
        public static void StartOverForgetsValuesAndMakesANewChallenge()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            string first = rig.Challenge;
            rig.SendAll();
            Assert.AreEqual(ProvisioningErrors.None, rig.Command(CommandCode.StartOver));
            Assert.AreEqual((object)ProvisioningState.Resetting, (object)rig.Status.State);
            rig.Tick();
            StatusValue status = rig.Status;
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)status.State);
            Assert.AreEqual((byte)2, status.Attempt);
            Assert.AreEqual((byte)0, status.FieldsReceived);
            Assert.AreNotEqual(first, rig.Challenge);
            Assert.AreEqual(0, rig.Reset.EraseCount);
        }

        [TestMethod]
        public static void FactoryResetErasesCredentialsAndStartsOver()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            rig.SendAll();
            Assert.AreEqual(ProvisioningErrors.None, rig.Command(CommandCode.FactoryReset));
            rig.Tick();
            Assert.AreEqual(1, rig.Reset.EraseCount);
            Assert.AreEqual((byte)2, rig.Status.Attempt);
            Assert.AreEqual((byte)0, rig.Status.FieldsReceived);
        }

        [TestMethod]
        public static void WindowClosesWhenItsTimeRunsOut()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            rig.SendAll();
            rig.Clock.Advance(new TimeSpan(0, 9, 59));
            rig.Tick();
            Assert.IsTrue(rig.Session.IsOpen, "still open");
            rig.Clock.Advance(new TimeSpan(0, 0, 1));
            rig.Tick();
            Assert.IsFalse(rig.Session.IsOpen, "closed");
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "advertising stopped");
            StatusValue status = rig.Status;
            Assert.AreEqual((object)ProvisioningState.Closed, (object)status.State);
            Assert.AreEqual(ProvisioningErrors.WindowTimedOut, status.LastError);
            Assert.AreEqual((byte)0, status.FieldsReceived);
            Assert.AreEqual(ProvisioningErrors.WindowTimedOut, StatusValue.Parse(rig.Peripheral.LastNotification).LastError);
            Assert.AreEqual(ProvisioningErrors.NotAccepting, rig.SendText(CharacteristicIndex.WifiSsid, SessionRig.Ssid));
        }

        [TestMethod]
        public static void FailureNearTheEndKeepsTheWindowOpenForARetry()
        {
            SessionRig rig = new SessionRig();
            rig.Wifi.Then(WifiJoinResult.WrongPassword);
            rig.Open();
            rig.SendAll();
            rig.Clock.Advance(new TimeSpan(0, 9, 50));
            rig.Commit();
            rig.Settle();
            Assert.IsTrue(rig.Session.IsOpen, "open after the failure");
            Assert.AreEqual(120, rig.Status.SecondsLeft);
        }

        [TestMethod]
        public static void LongPressOpensAndRestartsTheWindow()
        {
            SessionRig rig = new SessionRig();
            rig.Button.IsPressed = true;
            rig.Tick();
            rig.Clock.Advance(new TimeSpan(0, 0, 4));
            rig.Tick();
            Assert.IsFalse(rig.Session.IsOpen, "four seconds are not enough");
            rig.Clock.Advance(new TimeSpan(0, 0, 1));
            rig.Tick();
            Assert.IsTrue(rig.Session.IsOpen, "five seconds open it");
            Assert.IsTrue(rig.Peripheral.IsAdvertising, "advertising");
            rig.Button.IsPressed = false;
            rig.Tick();

            rig.Clock.Advance(new TimeSpan(0, 8, 0));
            rig.Button.IsPressed = true;
            rig.Tick();
            rig.Clock.Advance(new TimeSpan(0, 0, 5));
            rig.Tick();
            Assert.AreEqual(600, rig.Status.SecondsLeft);
            Assert.AreEqual(1, rig.Peripheral.StartCount);
        }

        [TestMethod]
        public static void ReopeningAfterCloseMakesANewAttemptAndAdvertisesAgain()
        {
            SessionRig rig = new SessionRig();
            rig.Open();
            rig.Session.Close(rig.Clock.UtcNow);
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "stopped");
            rig.Open();
            Assert.AreEqual(1, rig.Peripheral.RegisterCount);
            Assert.AreEqual(2, rig.Peripheral.StartCount);
            Assert.AreEqual((byte)2, rig.Status.Attempt);
        }

        [TestMethod]
        public static void BrokenRandomSourceClosesTheWindowWithADeviceFault()
        {
            SessionRig rig = new SessionRig();
            ProvisioningSession session = new ProvisioningSession(
                rig.Profile,
                new ProvisioningPorts(rig.Peripheral, rig.Wifi, rig.Time, rig.Exchange, rig.Reset, new Fakes.ScriptedRandomSource(new byte[] { 0 }), null),
                rig.Clock,
                rig.Log);
            session.Open(rig.Clock.UtcNow);
            Assert.IsFalse(session.IsOpen, "closed");
            Assert.AreEqual(ProvisioningErrors.DeviceFault, session.Endpoint.Status(rig.Clock.UtcNow).LastError);
            Assert.IsFalse(rig.Peripheral.IsAdvertising, "not advertising");
        }

        private static void AssertWifiFailure(WifiJoinResult result, byte error)
        {
            SessionRig rig = new SessionRig();
            rig.Wifi.Then(result);
            rig.Open();
            rig.SendAll();
            rig.Commit();
            rig.Settle();
            Assert.AreEqual(error, rig.Status.LastError);
            Assert.AreEqual((object)ProvisioningState.WaitingForInput, (object)rig.Status.State);
            Assert.AreEqual((byte)1, rig.Status.Attempt);
        }
    }
}
