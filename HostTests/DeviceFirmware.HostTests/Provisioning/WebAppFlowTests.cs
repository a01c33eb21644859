using System.Linq;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>The web-app flow of docs/provisioning-protocol.md version 2 from the app's side, with the reference client, at the MTUs phones negotiate.</summary>
    public class WebAppFlowTests
    {
        [Theory]
        [InlineData(23)]
        [InlineData(185)]
        public void AppSendsWifiOnlyAndTheDeviceProvisions(int mtu)
        {
            var rig = new ProvisioningRig(webAppFlow: true);
            rig.Open();
            CompanionClient app = rig.Connect(mtu);
            app.SubscribeStatus();
            DeviceInfo info = app.ReadInfo();
            Assert.Equal(2, info.ProtocolVersion);
            Assert.True(info.WebAppFlow);

            ChallengeInfo challenge = app.ReadChallenge();
            Assert.Equal(1, challenge.Attempt);
            Assert.Null(challenge.Challenge);
            Assert.Null(challenge.Method);

            Assert.Equal(ProvisioningErrors.NotInThisFlow, app.SendText(ProvisioningUuids.AuthorizationCode, "code"));
            Assert.Equal(ProvisioningErrors.NotInThisFlow, app.SendText(ProvisioningUuids.RedirectUri, ProvisioningRig.RedirectUri));
            Assert.Equal(ProvisioningErrors.NotInThisFlow, app.SendText(ProvisioningUuids.ClientId, ProvisioningRig.ClientId));
            ProvisioningRig.Expect(app.SendWifi(ProvisioningRig.Ssid, ProvisioningRig.Password));
            ProvisioningRig.Expect(app.Commit(challenge.Attempt));
            rig.Settle();

            Assert.Equal(ProvisioningState.Provisioned, rig.Session.Endpoint.Status(rig.Clock.UtcNow).State);
            Assert.Equal(1, rig.CheckIn.Calls);
            Assert.False(rig.CheckIn.GotCompanionValues);
            Assert.Equal(0, rig.Lwa.TokensIssued);
            Assert.Equal(
                new[] { ProvisioningState.JoiningWifi, ProvisioningState.SyncingTime, ProvisioningState.ExchangingCode, ProvisioningState.Provisioned },
                app.NotifiedStatuses.Select(s => s.State).Where(s => s != ProvisioningState.WaitingForInput));
        }

        [Theory]
        [InlineData(CodeExchangeResult.CloudUnreachable, ProvisioningErrors.CloudUnreachable)]
        [InlineData(CodeExchangeResult.DeviceRejected, ProvisioningErrors.DeviceRejected)]
        public void AFailedCheckInKeepsTheValuesAndTheAttempt(CodeExchangeResult result, byte error)
        {
            var rig = new ProvisioningRig(webAppFlow: true);
            rig.CheckIn.Then(result);
            rig.Open();
            CompanionClient app = rig.Connect();
            ProvisioningRig.Expect(app.SendWifi(ProvisioningRig.Ssid, ProvisioningRig.Password));
            ProvisioningRig.Expect(app.Commit(1));
            rig.Settle();
            StatusValue status = app.ReadStatus();
            Assert.Equal(ProvisioningState.WaitingForInput, status.State);
            Assert.Equal(error, status.LastError);
            Assert.Equal(1, status.Attempt);
            Assert.Equal(0x03, status.FieldsReceived);

            ProvisioningRig.Expect(app.Commit(1));
            rig.Settle();
            Assert.Equal(ProvisioningState.Provisioned, app.ReadStatus().State);
        }
    }
}
