using System;
using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Sandbox;
using Microsoft.Playwright;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>
    /// A device in the web-app flow, paired from the page against the real firmware and the real web application
    /// (Cloud/): the page skips Sign in with Amazon, sends Wi-Fi only, the device checks in with the web
    /// application, and the page's link takes the user to the web application, where they register the device and
    /// sign in with Amazon (the web application exchanges the code, never the page or the device).
    /// </summary>
    public sealed class WebAppFlowTests
    {
        /// <summary>The whole web-app pairing in one browser: the companion page, then the web application's pages.</summary>
        [BrowserFact]
        public async Task Page_sends_wifi_only_and_links_to_the_web_app_where_the_user_registers_the_device()
        {
            await using CompanionRig rig = await CompanionRig.StartWebAppAsync("web-app-flow");
            string cloud = rig.Device.Cloud.BaseUrl;
            await rig.Browser.ShotAsync("start");
            await rig.Page.ClickAsync("#find-button");

            // No sign-in step: a web-app device goes straight to Wi-Fi.
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.AtStepAsync("done", "done", 30_000);
            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
            Assert.Equal(cloud + "/register", await rig.Page.GetAttributeAsync("#register-link", "href"));
            Assert.True(await rig.VisibleAsync("#register-link"));
            Assert.DoesNotContain(rig.Browser.Requests, r => r.Contains("/ap/oa", StringComparison.Ordinal));
            Assert.Equal(0, rig.Device.Cloud.Sandbox.Requests.CountOf(SandboxEndpoint.Token));
            Assert.Empty(rig.Ble.Faults);

            // The link, followed in the same browser: the web application asks the user to sign in first.
            await rig.Page.ClickAsync("#register-link");
            await rig.Page.WaitForURLAsync(url => url.StartsWith(cloud + "/Account/SignIn", StringComparison.Ordinal));
            await rig.Browser.ShotAsync("web-app-sign-in");
            await rig.Page.ClickAsync("text=Create one");
            await rig.Page.WaitForURLAsync(cloud + "/Account/SignUp");
            await rig.Page.FillAsync("input[name=Email]", "pairing-user@example.com");
            await rig.Page.FillAsync("input[name=Password]", "a long enough password 42");
            await rig.Browser.ShotAsync("web-app-sign-up");
            await rig.Page.ClickAsync("#create-account");
            await rig.Page.WaitForURLAsync(cloud + "/Devices");

            // Back to the companion page's link target, now signed in: the Register a device page.
            await rig.Page.GotoAsync(cloud + "/register");
            await rig.Page.FillAsync("input[name=Serial]", rig.Device.Unit.Serial);
            await rig.Page.FillAsync("input[name=ClaimCode]", rig.Device.Unit.ClaimCode);
            await rig.Page.ClickAsync("#register");
            await rig.Page.WaitForURLAsync(cloud + "/Devices");
            await rig.Browser.ShotAsync("web-app-registered");

            ILocator device = rig.Page.Locator($"section.device[data-serial='{rig.Device.Unit.Serial}']");
            Assert.Equal(1, await device.CountAsync());
            string shown = await device.InnerTextAsync();
            Assert.Contains("Last contact: 20", shown, StringComparison.Ordinal);
            Assert.Equal(1, await device.Locator("button.sign-in-with-amazon").CountAsync());

            // Sign in with Amazon: the sandbox's authorize endpoint consents at once and returns to the web application.
            await device.Locator("button.sign-in-with-amazon").ClickAsync();
            await rig.Page.WaitForURLAsync(cloud + "/Devices");
            await rig.Page.WaitForSelectorAsync($"section.device[data-serial='{rig.Device.Unit.Serial}'] p.state.registered");
            await rig.Browser.ShotAsync("web-app-signed-in-with-amazon");
            Assert.Contains(rig.Browser.Requests, r => r.StartsWith("GET " + rig.Device.Cloud.Sandbox.AuthorizeUrl + "?", StringComparison.Ordinal));
            Assert.Equal(1, rig.Device.Cloud.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.DoesNotContain(DeviceUnderTest.Password, rig.Device.Story, StringComparison.Ordinal);
            Assert.DoesNotContain(rig.Device.Unit.ClaimCode, rig.Device.Story, StringComparison.Ordinal);
        }
    }
}
