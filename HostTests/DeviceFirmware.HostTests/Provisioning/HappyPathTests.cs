using System.Linq;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>A whole provisioning from the app's side through the in-memory GATT, at the MTUs phones negotiate.</summary>
    public class HappyPathTests
    {
        [Theory]
        [InlineData(23)]
        [InlineData(185)]
        [InlineData(512)]
        public void AppProvisionsTheDevice(int mtu)
        {
            var rig = new ProvisioningRig();
            rig.Open();
            Assert.True(rig.Peripheral.IsAdvertising);
            Assert.Equal("DRS-1A70", rig.Peripheral.AdvertisedName);

            CompanionClient app = rig.Connect(mtu);
            DeviceInfo info = new CompanionClient(app.Connection).ReadInfo();
            Assert.Equal(2, info.ProtocolVersion);
            Assert.False(info.WebAppFlow);
            Assert.Equal("DeviceFirmwareSim", info.DeviceModel);
            Assert.Equal("240AC45E1A70", info.Serial);
            Assert.Equal("0.4.0", info.FirmwareVersion);
            Assert.False(info.PasskeyPairing);

            StatusValue final = rig.RunApp(app);

            Assert.Equal(ProvisioningState.Provisioned, final.State);
            Assert.Equal(ProvisioningErrors.None, final.LastError);
            Assert.True(rig.Session.HasSucceeded);
            Assert.True(rig.Wifi.Joined);
            Assert.Equal(1, rig.Lwa.TokensIssued);
            Assert.Equal(
                new[] { ProvisioningState.JoiningWifi, ProvisioningState.SyncingTime, ProvisioningState.ExchangingCode, ProvisioningState.Provisioned },
                app.NotifiedStatuses.Select(s => s.State));

            rig.Clock.Advance(ProvisioningSession.ProvisionedLinger);
            rig.Tick();
            Assert.False(rig.Peripheral.IsAdvertising);
            Assert.Equal(ProvisioningState.Closed, app.NotifiedStatuses.Last().State);
        }

        [Fact]
        public void VerifierNeverCrossesTheLinkAndSecretsNeverReachTheLog()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(23);
            string code = null;
            app.SubscribeStatus();
            ChallengeInfo challenge = app.ReadChallenge();
            code = rig.Lwa.Login(ProvisioningRig.ClientId, ProvisioningRig.RedirectUri, challenge.Challenge, challenge.Method, ProvisioningRig.CodeLength);
            ProvisioningRig.Expect(app.SendAll(ProvisioningRig.Ssid, ProvisioningRig.Password, code, ProvisioningRig.RedirectUri, ProvisioningRig.ClientId));
            ProvisioningRig.Expect(app.Commit(challenge.Attempt));
            rig.Settle();

            string verifier = Assert.Single(rig.Lwa.VerifiersSeen);
            string everythingReceived = string.Concat(app.Connection.ReceivedValues.Select(v => System.Text.Encoding.ASCII.GetString(v)));
            Assert.DoesNotContain(verifier, everythingReceived);
            Assert.DoesNotContain(verifier.Substring(0, 16), everythingReceived);
            Assert.Contains(challenge.Challenge.Substring(0, 16), everythingReceived);

            Assert.False(rig.Log.Mentions(ProvisioningRig.Password));
            Assert.False(rig.Log.Mentions(code));
            Assert.False(rig.Log.Mentions(verifier));
        }

        [Fact]
        public void AdvertisementFitsOneLegacyPacket()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            Assert.Equal(31, InMemoryGattPeripheral.AdvertisingPayloadLength(rig.Peripheral.AdvertisedName));
            Assert.True(InMemoryGattPeripheral.AdvertisingPayloadLength("ABCDEFGH") <= InMemoryGattPeripheral.MaxAdvertisingPayload);
        }

        [Fact]
        public void AppCanReconnectAndFinishAfterALostLink()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient first = rig.Connect(23);
            ChallengeInfo challenge = first.ReadChallenge();
            string code = rig.Lwa.Login(ProvisioningRig.ClientId, ProvisioningRig.RedirectUri, challenge.Challenge, challenge.Method);
            Assert.Equal(0, first.SendText(ProvisioningUuids.WifiSsid, ProvisioningRig.Ssid));
            Assert.Equal(0, first.SendText(ProvisioningUuids.WifiPassword, ProvisioningRig.Password));

            // Half of the code's frames, then the link drops.
            byte[][] frames = FrameCodec.Split(1, System.Text.Encoding.ASCII.GetBytes(code), 23).Cast<byte[]>().ToArray();
            Assert.Equal(0, first.Connection.Write(ProvisioningUuids.AuthorizationCode, frames[0]));
            Assert.Equal(0, first.Connection.Write(ProvisioningUuids.AuthorizationCode, frames[1]));
            first.Connection.Disconnect();

            CompanionClient second = rig.Connect(185);
            Assert.Equal(0x03, second.ReadStatus().FieldsReceived);
            ProvisioningRig.Expect(second.SendText(ProvisioningUuids.AuthorizationCode, code));
            ProvisioningRig.Expect(second.SendText(ProvisioningUuids.RedirectUri, ProvisioningRig.RedirectUri));
            ProvisioningRig.Expect(second.SendText(ProvisioningUuids.ClientId, ProvisioningRig.ClientId));
            ProvisioningRig.Expect(second.Commit(challenge.Attempt));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, second.ReadStatus().State);
        }
    }
}
