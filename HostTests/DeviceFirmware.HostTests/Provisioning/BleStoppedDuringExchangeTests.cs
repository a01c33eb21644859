using System;
using System.Linq;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>
    /// provisioning.ble_during_exchange = stop through the in-memory GATT, from the app's side as
    /// docs/provisioning-protocol.md §8.3 describes it: the link drops at EXCHANGING_CODE, the app
    /// scans, reconnects and reads the outcome from the status.
    /// </summary>
    public class BleStoppedDuringExchangeTests
    {
        [Theory]
        [InlineData(23)]
        [InlineData(185)]
        public void AppReconnectsAndReadsProvisioned(int mtu)
        {
            var rig = new ProvisioningRig(stopBleDuringExchange: true);
            rig.Open();
            CompanionClient app = rig.Connect(mtu);

            rig.RunApp(app);

            Assert.False(app.Connection.IsConnected);
            Assert.Equal(0, rig.Peripheral.ConnectionCount);
            Assert.Equal(1, rig.Peripheral.ServerStops);
            Assert.Equal(ProvisioningState.ExchangingCode, app.NotifiedStatuses.Last().State);
            Assert.True(rig.Peripheral.IsAdvertising);
            Assert.Equal(2, rig.Peripheral.AdvertisingStarts);

            CompanionClient again = rig.Connect(mtu, encrypted: false);
            again.SubscribeStatus();
            StatusValue status = again.ReadStatus();
            Assert.Equal(ProvisioningState.Provisioned, status.State);
            Assert.Equal(ProvisioningErrors.None, status.LastError);
            Assert.True(status.SecondsLeft >= (int)ProvisioningSession.ReconnectLinger.TotalSeconds - 1, "seconds left " + status.SecondsLeft);
            Assert.Equal(1, rig.Lwa.TokensIssued);

            rig.Clock.Advance(ProvisioningSession.ReconnectLinger);
            rig.Tick();
            Assert.False(rig.Peripheral.IsAdvertising);
            Assert.Equal(ProvisioningState.Closed, again.NotifiedStatuses.Last().State);
        }

        [Fact]
        public void AfterAFailedExchangeTheAppReconnectsAndRetries()
        {
            var rig = new ProvisioningRig(stopBleDuringExchange: true);
            rig.Lwa.Reachable = false;
            rig.Open();
            CompanionClient app = rig.Connect(23);

            StatusValue final = rig.RunApp(app);
            Assert.Equal(ProvisioningState.WaitingForInput, final.State);
            Assert.False(app.Connection.IsConnected);

            CompanionClient again = rig.Connect(23);
            again.SubscribeStatus();
            StatusValue status = again.ReadStatus();
            Assert.Equal(ProvisioningState.WaitingForInput, status.State);
            Assert.Equal(ProvisioningErrors.LwaUnreachable, status.LastError);
            Assert.True(status.SecondsLeft >= 119, "seconds left " + status.SecondsLeft);
            Assert.Equal(0x1F, status.FieldsReceived);

            rig.Lwa.Reachable = true;
            ProvisioningRig.Expect(again.Commit(status.Attempt));
            rig.Settle();
            Assert.False(again.Connection.IsConnected);
            Assert.Equal(2, rig.Peripheral.ServerStops);

            CompanionClient third = rig.Connect(23, encrypted: false);
            Assert.Equal(ProvisioningState.Provisioned, third.ReadStatus().State);
            Assert.False(rig.Log.Mentions(ProvisioningRig.Password));
        }

        [Fact]
        public void NoClientCanConnectWhileTheServerIsStopped()
        {
            var rig = new ProvisioningRig();
            rig.Open();
            InMemoryGattConnection first = rig.Peripheral.Connect(23, encrypted: false);

            rig.Peripheral.StopServer();

            Assert.False(first.IsConnected);
            Assert.False(rig.Peripheral.IsAdvertising);
            Assert.Throws<InvalidOperationException>(() => rig.Peripheral.Connect(23, encrypted: false));
            rig.Peripheral.StartAdvertising(rig.Profile.DeviceName);
            Assert.True(rig.Peripheral.Connect(23, encrypted: false).IsConnected);
        }
    }
}
