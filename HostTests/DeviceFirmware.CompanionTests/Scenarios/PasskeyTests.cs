using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>A product with a passkey (provisioning.passkey): the page explains the prompt and the pairing is authenticated.</summary>
    public sealed class PasskeyTests
    {
        /// <summary>Info says passkey pairing: the page shows the passkey note; the user types the passkey at the system prompt and the device is provisioned.</summary>
        [BrowserFact]
        public async Task Passkey_device_is_explained_and_provisioned()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("passkey", passkey: "274095");
            rig.Ble.PasskeyEntry = "274095";
            await rig.FindAsync();
            Assert.True(await rig.VisibleAsync("#passkey-note"));
            Assert.Contains("passkey", await rig.TextAsync("#passkey-note"), System.StringComparison.OrdinalIgnoreCase);
            await rig.SignInAsync();
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.AtStepAsync("done", "done", 30_000);

            Assert.Equal(1, rig.Ble.Traffic.PasskeyPrompts);
            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
        }
    }
}
