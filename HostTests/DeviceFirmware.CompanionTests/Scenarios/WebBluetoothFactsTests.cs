using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Bluetooth;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using Microsoft.Playwright;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>
    /// The facts docs/provisioning-protocol.md §18 states about Web Bluetooth, checked with a bare script
    /// (not the companion page) against the firmware's provisioning code.
    /// </summary>
    public sealed class WebBluetoothFactsTests
    {
        private const string Script = @"async () => {
  const service = 'b179c7c4-33ba-4158-96a5-0a2277b46456';
  const device = await navigator.bluetooth.requestDevice({ filters: [{ services: [service] }] });
  const gatt = await device.gatt.connect();
  const s = await gatt.getPrimaryService(service);
  const info = await s.getCharacteristic('b6a26d7a-d794-4387-9390-86ef5cc6799f');
  const status = await s.getCharacteristic('6519a60f-78de-473f-9486-a4643da6801a');
  const ssid = await s.getCharacteristic('7e442684-645e-4fe0-b382-bfe39e3b843b');
  const infoLength = (await info.readValue()).byteLength;
  // The SSID 'Home' in one frame (message ID 7), then the same frame with a broken CRC and a new message ID.
  await ssid.writeValueWithResponse(new Uint8Array([7, 3, 0, 4, 0, 0x48, 0x6f, 0x6d, 0x65, 0xee, 0xa3, 0xe4, 0xd1]));
  let refusal = 'none';
  try { await ssid.writeValueWithResponse(new Uint8Array([8, 3, 0, 4, 0, 0x48, 0x6f, 0x6d, 0x65, 0xee, 0xa3, 0xe4, 0xd0])); }
  catch (e) { refusal = e.name + ': ' + e.message; }
  const after = new Uint8Array((await status.readValue()).buffer);
  return { infoLength, refusal, lastError: after[1], received: after[3] };
}";

        /// <summary>
        /// A write the device refuses (CRC mismatch, ATT 0x84) reaches JavaScript only as NotSupportedError
        /// without the code; reading Status then gives the reason. Info arrives whole (longer than MTU - 1).
        /// </summary>
        [BrowserFact]
        public async Task Refused_write_is_opaque_to_the_page_and_status_names_the_reason()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("web-bluetooth-facts", openPage: false);
            // A bare page of its own on the page's origin (the companion page's CSP allows no inline script); requestDevice needs a click.
            string bareUrl = rig.Companion.Url + "/facts-under-test.html";
            await rig.Page.RouteAsync(bareUrl, route => route.FulfillAsync(new RouteFulfillOptions
            {
                ContentType = "text/html",
                Body = "<!doctype html><button id=facts>facts</button><script>document.querySelector('#facts').addEventListener('click', () => { window.facts = ("
                    + Script + ")(); });</script>",
            }));
            await rig.Page.GotoAsync(bareUrl);
            await rig.Page.ClickAsync("#facts");
            JsonResult result = await rig.Page.EvaluateAsync<JsonResult>("() => window.facts");
            Assert.NotNull(result);
            Assert.True(result.InfoLength > EmulatedPeripheral.Mtu - 1, "Info is longer than one read at MTU 23 and arrives whole");
            Assert.Equal("NotSupportedError: GATT operation failed for unknown reason.", result.Refusal);
            Assert.Equal(ProvisioningErrors.CrcMismatch, result.LastError);
            Assert.Equal(0x01, result.Received);
        }

        /// <summary>What the script returns.</summary>
        public sealed class JsonResult
        {
            /// <summary>Bytes of Info as the page received it.</summary>
            public int InfoLength { get; set; }

            /// <summary>The error of the refused write.</summary>
            public string Refusal { get; set; }

            /// <summary>Status byte 1 after the refusal.</summary>
            public int LastError { get; set; }

            /// <summary>Status byte 3 after the refusal.</summary>
            public int Received { get; set; }
        }
    }
}
