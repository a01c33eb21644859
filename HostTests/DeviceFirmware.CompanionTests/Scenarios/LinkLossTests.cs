using System;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using Microsoft.Playwright;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>The Bluetooth link drops while the page sends, or the device's window closes: the page recovers or says what to do.</summary>
    public sealed class LinkLossTests
    {
        /// <summary>The link drops between two frames: the page reconnects, reads what arrived, sends the rest and the device is provisioned.</summary>
        [BrowserFact]
        public async Task Link_lost_mid_transfer_is_resumed()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("link-lost");
            await rig.FindAsync();
            await rig.SignInAsync();
            rig.Ble.DropLinkAfterWrites(5);
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.AtStepAsync("done", "done", 40_000);

            Assert.True(rig.Ble.Traffic.Connections >= 2, "the page reconnected");
            int lost = rig.Ble.Traffic.Log.ToList().IndexOf("link lost (out of range)");
            Assert.True(lost > 0, "the link was dropped");
            string[] after = rig.Ble.Traffic.Log.Skip(lost).ToArray();

            // Values the device had complete before the drop are not sent again (Status byte 3 says which).
            Assert.DoesNotContain(after, line => line.StartsWith("write Wi-Fi", StringComparison.Ordinal) || line.StartsWith("write LWA code", StringComparison.Ordinal));
            Assert.Contains(after, line => line.StartsWith("write LWA redirect URI", StringComparison.Ordinal));
            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
            Assert.True(rig.Device.Run.App.IsProvisioned);
            Assert.Empty(rig.Ble.Faults);
        }

        /// <summary>
        /// The device's pairing window times out while the user is away: the page says to hold the device's
        /// button, and Find again (with the window still closed: nothing advertises) says the same.
        /// </summary>
        [BrowserFact]
        public async Task Window_closed_asks_for_a_long_press()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("window-closed");
            await rig.FindAsync();
            await rig.SignInAsync();
            await rig.AtStepAsync("wifi");
            rig.Device.Jump(TimeSpan.FromMinutes(11));
            Assert.Equal(ProvisioningState.Closed, rig.Device.Status.State);

            await rig.Page.FillAsync("#wifi-ssid", DeviceUnderTest.Ssid);
            await rig.Page.FillAsync("#wifi-password", DeviceUnderTest.Password);
            await rig.Page.ClickAsync("#send-button");
            await rig.Page.WaitForSelectorAsync("#error", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            await rig.Browser.ShotAsync("window-closed");
            string text = await rig.TextAsync("#error");
            Assert.Contains("button", text, StringComparison.OrdinalIgnoreCase);
            Assert.True(await rig.VisibleAsync("#find-button"));
            Assert.False(rig.Device.Run.App.IsProvisioned);

            // Still closed: the chooser finds nothing; the page says the same thing, not a raw browser error.
            await rig.Page.ClickAsync("#find-button");
            await rig.UntilAsync("document.querySelector('#error') && document.querySelector('#error').offsetParent !== null && /button/i.test(document.querySelector('#error').textContent)");
            await rig.Browser.ShotAsync("nothing-found");
            Assert.DoesNotContain("NotFoundError", await rig.TextAsync("#error"), StringComparison.Ordinal);
        }
    }
}
