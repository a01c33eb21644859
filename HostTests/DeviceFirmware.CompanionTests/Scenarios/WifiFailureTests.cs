using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>The home network refuses the password the user typed; the user retypes it without signing in again.</summary>
    public sealed class WifiFailureTests
    {
        /// <summary>Wrong password: the page says so, goes back to the Wi-Fi step, and the corrected password provisions with the same sign-in.</summary>
        [BrowserFact]
        public async Task Wrong_password_is_retyped_without_a_second_sign_in()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("wrong-wifi-password");
            await rig.FindAsync();
            await rig.SignInAsync();
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, "not-the-password-1");

            await rig.Page.WaitForSelectorAsync("#retry-wifi-button", new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 30_000 });
            await rig.Browser.ShotAsync("wrong-password");
            Assert.Contains("password", await rig.TextAsync("#error"), System.StringComparison.OrdinalIgnoreCase);
            Assert.Equal(ProvisioningErrors.WifiWrongPassword, rig.Device.Status.LastError);
            Assert.Equal(ProvisioningState.WaitingForInput, rig.Device.Status.State);

            await rig.Page.ClickAsync("#retry-wifi-button");
            await rig.AtStepAsync("wifi");
            await rig.Page.FillAsync("#wifi-password", DeviceUnderTest.Password);
            await rig.Browser.ShotAsync("password-retyped");
            await rig.Page.ClickAsync("#send-button");
            await rig.AtStepAsync("done", "done", 30_000);

            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
            Assert.Equal(1, rig.Sandbox.Requests.CountOf(SandboxEndpoint.Authorize));
            Assert.Equal(1, rig.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.Empty(rig.Ble.Faults);
        }

        /// <summary>A network name the device cannot find: the page asks to check the name (2.4 GHz) and the corrected name provisions.</summary>
        [BrowserFact]
        public async Task Network_not_found_lets_the_user_fix_the_name()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("network-not-found");
            await rig.FindAsync();
            await rig.SignInAsync();
            await rig.SendWifiAsync("Home-5G", DeviceUnderTest.Password);

            await rig.Page.WaitForSelectorAsync("#retry-wifi-button", new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 30_000 });
            await rig.Browser.ShotAsync("network-not-found");
            Assert.Equal(ProvisioningErrors.WifiNetworkNotFound, rig.Device.Status.LastError);
            await rig.Page.ClickAsync("#retry-wifi-button");
            await rig.AtStepAsync("wifi");
            await rig.Page.FillAsync("#wifi-ssid", DeviceUnderTest.Ssid);
            if (await rig.Page.InputValueAsync("#wifi-password") == string.Empty)
            {
                await rig.Page.FillAsync("#wifi-password", DeviceUnderTest.Password);
            }

            await rig.Page.ClickAsync("#send-button");
            await rig.AtStepAsync("done", "done", 30_000);
            Assert.Equal(1, rig.Sandbox.Requests.CountOf(SandboxEndpoint.Authorize));
        }
    }
}
