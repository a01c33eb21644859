using System;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.App;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>A person pairs a new device from the page: find, sign in with Amazon, Wi-Fi, send, done; the device then orders.</summary>
    public sealed class HappyPathTests
    {
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test with xunit's output.</summary>
        public HappyPathTests(ITestOutputHelper output) => _output = output;

        /// <summary>
        /// The whole flow in Chromium against the firmware's provisioning code and the sandbox: the device
        /// ends provisioned with tokens from a real exchange, the page says so, and a month later one order is placed.
        /// </summary>
        [BrowserFact]
        public async Task Page_provisions_the_device_which_then_places_one_order()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("happy-path");
            await rig.Browser.ShotAsync("start");
            await rig.FindAsync();
            Assert.Equal(rig.Device.Run.Config.DeviceModel, await rig.TextAsync("#device-model"));
            Assert.Equal(rig.Device.Run.Serial, await rig.TextAsync("#device-serial"));
            Assert.Equal(FirmwareInfo.Version, await rig.TextAsync("#device-firmware"));
            Assert.False(await rig.VisibleAsync("#passkey-note"));

            await rig.SignInAsync();
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.AtStepAsync("sending", "sending", 5_000);
            await rig.AtStepAsync("done", "done", 30_000);
            Assert.Contains("set up", await rig.TextAsync("#done-message"), StringComparison.OrdinalIgnoreCase);

            Assert.Equal(ProvisioningState.Provisioned, rig.Device.Status.State);
            Assert.True(rig.Device.Run.App.IsProvisioned);
            Assert.Equal(1, rig.Sandbox.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));

            // Frames small enough for MTU 23 (the page cannot learn the MTU), every write acknowledged, status subscribed.
            Assert.Empty(rig.Ble.Faults);
            Assert.InRange(rig.Ble.Traffic.LongestWrite, 1, 20);
            Assert.Equal(0, rig.Ble.Traffic.WritesWithoutResponse);
            Assert.True(rig.Ble.Traffic.Subscriptions >= 1, "the page subscribes to status notifications");
            Assert.Equal(1, rig.Ble.Traffic.Pairings);
            _output.WriteLine($"GATT operations from the page: {rig.Ble.Traffic.Total} ({rig.Ble.Traffic.Reads} reads, {rig.Ble.Traffic.Writes} writes, "
                + $"{rig.Ble.Traffic.Subscriptions} subscriptions), {rig.Ble.Traffic.Connections} connection(s), longest write {rig.Ble.Traffic.LongestWrite} B");
            foreach (string line in rig.Ble.Traffic.Log)
            {
                _output.WriteLine("  " + line);
            }

            Assert.True(rig.Device.RunUntilOrder(), "an order within 30 simulated days");
            Assert.Single(rig.Sandbox.Orders());
        }

        /// <summary>
        /// The code and the Wi-Fi password never reach the console, web storage, cookies or the URL the page
        /// keeps, and the page talks to nobody but its own origin and LWA.
        /// </summary>
        [BrowserFact]
        public async Task Page_keeps_no_secret_and_talks_only_to_its_origin_and_lwa()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("privacy");
            await rig.FindAsync();
            await rig.SignInAsync();
            await rig.SendWifiAsync(DeviceUnderTest.Ssid, DeviceUnderTest.Password);
            await rig.AtStepAsync("done", "done", 30_000);

            string[] codes = rig.CodesSeen();
            Assert.Single(codes);
            string code = codes[0];
            string kept = await rig.Page.EvaluateAsync<string>(
                "async () => JSON.stringify({ l: { ...localStorage }, s: { ...sessionStorage }, c: document.cookie, u: location.href, h: history.length, " +
                "dbs: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [] , fields: [...document.querySelectorAll('input')].map(i => i.value) })");
            Assert.DoesNotContain(code, kept, StringComparison.Ordinal);
            Assert.DoesNotContain(DeviceUnderTest.Password, kept, StringComparison.Ordinal);
            foreach (string message in rig.Browser.ConsoleMessages)
            {
                Assert.DoesNotContain(code, message, StringComparison.Ordinal);
                Assert.DoesNotContain(DeviceUnderTest.Password, message, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(DeviceUnderTest.Password, rig.Device.Story, StringComparison.Ordinal);
            Assert.DoesNotContain(code, rig.Device.Story, StringComparison.Ordinal);

            string pageOrigin = new Uri(rig.Companion.Url).GetLeftPart(UriPartial.Authority);
            string lwaOrigin = new Uri(rig.Sandbox.AuthorizeUrl).GetLeftPart(UriPartial.Authority);
            foreach (string request in rig.Browser.Requests)
            {
                var url = new Uri(request.Substring(request.IndexOf(' ') + 1));
                string origin = url.GetLeftPart(UriPartial.Authority);
                Assert.True(origin == pageOrigin || (origin == lwaOrigin && url.AbsolutePath == "/ap/oa"), "unexpected request: " + url.GetLeftPart(UriPartial.Path));
                Assert.True(request.StartsWith("GET ", StringComparison.Ordinal), "the page only loads pages: " + url.GetLeftPart(UriPartial.Path));
            }

            Assert.Contains(rig.Browser.Requests, r => r.Contains("/ap/oa?", StringComparison.Ordinal));
        }
    }
}
