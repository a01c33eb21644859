using DeviceFirmware.Host.Ble;
using DeviceFirmware.Provisioning;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>
    /// How many ATT operations a whole provisioning takes, measured on the documented app flow with
    /// realistic sizes: 32-character SSID, 20-character password, 80-character code, 60-character
    /// redirect URI and client ID (docs/provisioning-protocol.md, Cost).
    /// </summary>
    public class OperationCountTests
    {
        private readonly ITestOutputHelper _output;

        public OperationCountTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(23, 7, 21, 4)]
        [InlineData(185, 3, 7, 4)]
        [InlineData(512, 3, 7, 4)]
        public void FullProvisioningCost(int mtu, int reads, int writes, int notifications)
        {
            Assert.Equal(32, ProvisioningRig.Ssid.Length);
            Assert.Equal(20, ProvisioningRig.Password.Length);
            Assert.Equal(60, ProvisioningRig.RedirectUri.Length);
            Assert.Equal(60, ProvisioningRig.ClientId.Length);

            var rig = new ProvisioningRig();
            rig.Open();
            CompanionClient app = rig.Connect(mtu);
            Assert.Equal(ProvisioningState.Provisioned, rig.RunApp(app).State);

            GattOperationCounts counts = app.Connection.Counts;
            _output.WriteLine($"MTU {mtu}: {counts}");
            Assert.Equal(reads, counts.Reads);
            Assert.Equal(writes, counts.Writes);
            Assert.Equal(notifications, counts.Notifications);
        }
    }
}
