using System;
using System.Linq;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>Each failure after a commit, what the device reports, and the app's documented recovery.</summary>
    public class FailurePathTests
    {
        [Fact]
        public void WrongWifiPasswordThenCorrected()
        {
            var rig = new ProvisioningRig();
            rig.Wifi.Password = "the-real-password";
            rig.Open();
            CompanionClient app = rig.Connect(185);
            StatusValue status = rig.RunApp(app);

            Assert.Equal(ProvisioningState.WaitingForInput, status.State);
            Assert.Equal(ProvisioningErrors.WifiWrongPassword, status.LastError);
            Assert.Equal(0x1F, status.FieldsReceived);
            Assert.Equal(0, rig.Lwa.Exchanges);
            Assert.Equal(0, rig.Reset.Erasures);
            Assert.Equal(ProvisioningErrors.WifiWrongPassword, app.NotifiedStatuses.Last().LastError);

            // Recovery: send the password again and commit the same attempt; the code is still unspent.
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiPassword, "the-real-password"));
            ProvisioningRig.Expect(app.Commit(status.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
        }

        [Fact]
        public void NetworkNotFoundThenCorrected()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(185);
            app.SubscribeStatus();
            ChallengeInfo challenge = app.ReadChallenge();
            string code = rig.Login(app);
            ProvisioningRig.Expect(app.SendAll("NeighboursNetwork", ProvisioningRig.Password, code, ProvisioningRig.RedirectUri, ProvisioningRig.ClientId));
            ProvisioningRig.Expect(app.Commit(challenge.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningErrors.WifiNetworkNotFound, app.ReadStatus().LastError);

            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            ProvisioningRig.Expect(app.Commit(challenge.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
        }

        [Fact]
        public void NoIpAddressIsReported()
        {
            var rig = new ProvisioningRig();
            rig.Wifi.ForcedResults.Enqueue(WifiJoinResult.NoIpAddress);
            rig.Open();
            StatusValue status = rig.RunApp(rig.Connect(185));
            Assert.Equal(ProvisioningErrors.WifiNoIpAddress, status.LastError);
            Assert.Equal(ProvisioningState.WaitingForInput, status.State);
        }

        [Fact]
        public void NoInternetMeansTimeSyncFailedThenRetry()
        {
            var rig = new ProvisioningRig();
            rig.Time.InternetUp = false;
            rig.Open();
            CompanionClient app = rig.Connect(185);
            StatusValue status = rig.RunApp(app);
            Assert.Equal(ProvisioningErrors.TimeSyncFailed, status.LastError);
            Assert.Equal(ProvisioningState.WaitingForInput, status.State);
            Assert.Equal(0, rig.Lwa.Exchanges);

            rig.Time.InternetUp = true;
            ProvisioningRig.Expect(app.Commit(status.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
        }

        [Fact]
        public void ExpiredCodeGetsAFreshChallengeAndANewLoginSucceeds()
        {
            var rig = new ProvisioningRig();
            rig.Wifi.Password = "changed-later";
            rig.Open();
            CompanionClient app = rig.Connect(185);
            StatusValue failed = rig.RunApp(app);
            Assert.Equal(ProvisioningErrors.WifiWrongPassword, failed.LastError);

            // The user takes six minutes to find the right password: the code expires meanwhile.
            rig.Clock.Advance(TimeSpan.FromMinutes(6));
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiPassword, "changed-later"));
            ProvisioningRig.Expect(app.Commit(failed.Attempt));
            rig.Settle();
            StatusValue rejected = app.ReadStatus();
            Assert.Equal(ProvisioningErrors.CodeRejected, rejected.LastError);
            Assert.Equal(ProvisioningState.WaitingForInput, rejected.State);
            Assert.Equal(failed.Attempt + 1, rejected.Attempt);
            Assert.Equal(0x1B, rejected.FieldsReceived);

            // Recovery: read the new challenge, log in again, send the new code, commit.
            ChallengeInfo fresh = app.ReadChallenge();
            Assert.Equal(rejected.Attempt, fresh.Attempt);
            string code = rig.Lwa.Login(ProvisioningRig.ClientId, ProvisioningRig.RedirectUri, fresh.Challenge, fresh.Method);
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.AuthorizationCode, code));
            ProvisioningRig.Expect(app.Commit(fresh.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
            Assert.Equal(2, rig.Lwa.VerifiersSeen.Distinct().Count());
        }

        [Fact]
        public void CodeFromAnOldChallengeIsRefusedBeforeItIsSpent()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(185);
            ChallengeInfo old = app.ReadChallenge();
            string code = rig.Login(app);
            ProvisioningRig.Expect(app.StartOver());
            rig.Tick();
            ProvisioningRig.Expect(app.SendAll(ProvisioningRig.Ssid, ProvisioningRig.Password, code, ProvisioningRig.RedirectUri, ProvisioningRig.ClientId));
            Assert.Equal(ProvisioningErrors.StaleChallenge, app.Commit(old.Attempt));
            Assert.Equal(0, rig.Lwa.Exchanges);
        }

        [Fact]
        public void MisconfiguredClientIsReportedWithAFreshChallenge()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(185);
            ChallengeInfo challenge = app.ReadChallenge();
            string wrongClient = "amzn1.application-oa2-client.ffffffffffffffffffffffffffffffff";
            string code = rig.Lwa.Login(wrongClient, ProvisioningRig.RedirectUri, challenge.Challenge, challenge.Method);
            ProvisioningRig.Expect(app.SendAll(ProvisioningRig.Ssid, ProvisioningRig.Password, code, ProvisioningRig.RedirectUri, wrongClient));
            ProvisioningRig.Expect(app.Commit(challenge.Attempt));
            rig.Settle();
            StatusValue status = app.ReadStatus();
            Assert.Equal(ProvisioningErrors.ClientRejected, status.LastError);
            Assert.Equal(challenge.Attempt + 1, status.Attempt);
            Assert.NotEqual(challenge.Challenge, app.ReadChallenge().Challenge);
        }

        [Fact]
        public void UnreachableLwaThenRetryWithTheSameCode()
        {
            var rig = new ProvisioningRig();
            rig.Lwa.Reachable = false;
            rig.Open();
            CompanionClient app = rig.Connect(185);
            StatusValue status = rig.RunApp(app);
            Assert.Equal(ProvisioningErrors.LwaUnreachable, status.LastError);
            Assert.Equal(0x1F, status.FieldsReceived);

            rig.Lwa.Reachable = true;
            ProvisioningRig.Expect(app.Commit(status.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
        }

        [Fact]
        public void FactoryResetErasesAndStartsOver()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(185);
            byte attempt = app.ReadChallenge().Attempt;
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            ProvisioningRig.Expect(app.FactoryReset());
            rig.Tick();
            Assert.Equal(1, rig.Reset.Erasures);
            StatusValue status = app.ReadStatus();
            Assert.Equal(ProvisioningState.WaitingForInput, status.State);
            Assert.Equal(0, status.FieldsReceived);
            Assert.Equal(attempt + 1, status.Attempt);
        }
    }
}
