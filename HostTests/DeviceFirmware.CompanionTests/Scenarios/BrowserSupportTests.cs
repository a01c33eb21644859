using System;
using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>A browser without Web Bluetooth (Safari, Firefox, Chrome on Linux without the flag).</summary>
    public sealed class BrowserSupportTests
    {
        /// <summary>The page says at once that this browser cannot pair and names the ones that can; Find is disabled.</summary>
        [BrowserFact]
        public async Task Browser_without_web_bluetooth_is_told_at_once()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("no-web-bluetooth", webBluetooth: false);
            Assert.False(await rig.Page.EvaluateAsync<bool>("'bluetooth' in navigator"));
            await rig.Page.WaitForSelectorAsync("#unsupported", new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
            await rig.Browser.ShotAsync("unsupported");
            string text = await rig.TextAsync("#unsupported");
            Assert.Contains("Chrome", text, StringComparison.Ordinal);
            Assert.Contains("Edge", text, StringComparison.Ordinal);
            Assert.Contains("Safari", text, StringComparison.Ordinal);
            Assert.Contains("Firefox", text, StringComparison.Ordinal);
            Assert.True(await rig.Page.IsDisabledAsync("#find-button"));
        }
    }
}
