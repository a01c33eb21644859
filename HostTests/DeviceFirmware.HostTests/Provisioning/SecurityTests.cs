using System;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>Link security, the provisioning window and advertising.</summary>
    public class SecurityTests
    {
        [Fact]
        public void SecretsAreRefusedOnAnUnencryptedLinkUntilThePhonePairs()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(23, encrypted: false);

            // Reading is open: model, serial and challenge are not secret.
            Assert.Equal("DeviceFirmwareSim", app.ReadInfo().DeviceModel);
            Assert.Equal(43, app.ReadChallenge().Challenge.Length);
            Assert.Equal(0, app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            Assert.Equal(AttError.InsufficientEncryption, app.SendText(ProvisioningUuids.WifiPassword, ProvisioningRig.Password));
            Assert.Equal(AttError.InsufficientEncryption, app.SendText(ProvisioningUuids.AuthorizationCode, "ANcodeXYZ"));
            Assert.Equal(AttError.InsufficientEncryption, app.StartOver());
            Assert.Equal(0x01, app.ReadStatus().FieldsReceived);

            // A phone answers Insufficient Encryption by pairing (Just Works here), then repeats the write.
            app.Connection.Pair(authenticated: false);
            Assert.Equal(ProvisioningState.Provisioned, rig.RunApp(app).State);
        }

        [Fact]
        public void ProtocolRefusesSecretsEvenWhenTheStackIgnoresProtectionLevels()
        {
            var rig = new ProvisioningRig(enforceProtection: false);
            rig.Open();
            CompanionClient app = rig.Connect(23, encrypted: false);
            Assert.Equal(ProvisioningErrors.EncryptionRequired, app.SendText(ProvisioningUuids.WifiPassword, ProvisioningRig.Password));
            Assert.Equal(ProvisioningErrors.EncryptionRequired, app.SendText(ProvisioningUuids.AuthorizationCode, "ANcodeXYZ"));
            Assert.Equal(ProvisioningErrors.EncryptionRequired, app.ReadStatus().LastError);
            Assert.Equal(0, app.ReadStatus().FieldsReceived);
        }

        [Fact]
        public void PasskeyProductNeedsAnAuthenticatedPairing()
        {
            var rig = new ProvisioningRig(passkey: true);
            rig.Open();
            CompanionClient app = rig.Connect(185, encrypted: true, authenticated: false);
            Assert.True(app.ReadInfo().PasskeyPairing);
            Assert.Equal(AttError.InsufficientAuthentication, app.SendText(ProvisioningUuids.WifiPassword, ProvisioningRig.Password));
            Assert.Equal(0, app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));

            app.Connection.Pair(authenticated: true);
            Assert.Equal(ProvisioningState.Provisioned, rig.RunApp(app).State);
        }

        [Fact]
        public void ClosedWindowDoesNotAdvertiseAndRefusesWrites()
        {
            var rig = new ProvisioningRig();
            Assert.False(rig.Peripheral.IsAdvertising);
            Assert.Throws<InvalidOperationException>(() => rig.Connect());

            rig.Open();
            CompanionClient app = rig.Connect(23);
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            rig.Session.Close(rig.Clock.UtcNow);

            Assert.False(rig.Peripheral.IsAdvertising);
            Assert.Throws<InvalidOperationException>(() => rig.Connect());
            Assert.Equal(ProvisioningErrors.NotAccepting, app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            Assert.Equal(ProvisioningErrors.NotAccepting, app.SendText(ProvisioningUuids.WifiPassword, ProvisioningRig.Password));
            StatusValue status = app.ReadStatus();
            Assert.Equal(ProvisioningState.Closed, status.State);
            Assert.Equal(0, status.FieldsReceived);
            Assert.Equal(0, status.Attempt);
            Assert.Equal(0, app.ReadChallenge().Attempt);
            Assert.Null(app.ReadChallenge().Challenge);
        }

        [Fact]
        public void WindowTimesOutAfterTenMinutes()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(185);
            app.SubscribeStatus();
            Assert.Equal(600, app.ReadStatus().SecondsLeft);
            ProvisioningRig.Expect(app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));

            rig.Clock.Advance(TimeSpan.FromMinutes(9));
            rig.Tick();
            Assert.Equal(60, app.ReadStatus().SecondsLeft);
            Assert.True(rig.Peripheral.IsAdvertising);

            rig.Clock.Advance(TimeSpan.FromMinutes(1));
            rig.Tick();
            Assert.False(rig.Peripheral.IsAdvertising);
            StatusValue closed = Assert.Single(app.NotifiedStatuses);
            Assert.Equal(ProvisioningState.Closed, closed.State);
            Assert.Equal(ProvisioningErrors.WindowTimedOut, closed.LastError);
            Assert.Equal(ProvisioningErrors.NotAccepting, app.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            Assert.False(rig.Log.Mentions(ProvisioningRig.Ssid));
        }

        [Fact]
        public void WindowReopensWithAFreshChallenge()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            string first = rig.Connect().ReadChallenge().Challenge;
            rig.Session.Close(rig.Clock.UtcNow);
            rig.Open();
            ChallengeInfo second = rig.Connect().ReadChallenge();
            Assert.NotEqual(first, second.Challenge);
            Assert.Equal(2, rig.Peripheral.AdvertisingStarts);
            Assert.Equal(ProvisioningState.Provisioned, rig.RunApp(rig.Connect(512)).State);
        }
    }
}
