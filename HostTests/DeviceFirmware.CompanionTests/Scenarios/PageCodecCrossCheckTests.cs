using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DeviceFirmware.CompanionTests.Browser;
using DeviceFirmware.CompanionTests.Rig;
using DeviceFirmware.Provisioning;
using Xunit;

namespace DeviceFirmware.CompanionTests.Scenarios
{
    /// <summary>
    /// The page's own protocol code (framing.js, fields.js), run in Chromium, against the firmware's
    /// (FrameCodec, FieldRules) on seeded random inputs: the page frames exactly as the firmware expects
    /// at MTU 23 and refuses before sending exactly the Wi-Fi values the device would refuse.
    /// </summary>
    public sealed class PageCodecCrossCheckTests
    {
        private const int Seed = 20261203;

        /// <summary>Frames of 300 random messages (1..512 bytes, random IDs) are byte for byte the firmware's at MTU 23.</summary>
        [BrowserFact]
        public async Task Page_frames_match_the_firmware_at_mtu_23()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("codec-frames", webBluetooth: false);
            var random = new Random(Seed);
            var messages = new List<(int Id, byte[] Bytes)>();
            for (int i = 0; i < 300; i++)
            {
                var bytes = new byte[i < 20 ? i + 1 : random.Next(1, 513)];
                random.NextBytes(bytes);
                messages.Add((random.Next(256), bytes));
            }

            int[][][] pageFrames = await rig.Page.EvaluateAsync<int[][][]>(
                "async messages => { const m = await import('/js/framing.js'); return messages.map(x => m.frameMessage(x.id, Uint8Array.from(x.bytes)).map(f => Array.from(f))); }",
                messages.Select(m => new { id = m.Id, bytes = m.Bytes.Select(b => (int)b).ToArray() }).ToArray());

            for (int i = 0; i < messages.Count; i++)
            {
                ArrayList expected = FrameCodec.Split((byte)messages[i].Id, messages[i].Bytes, GattLink.MinimumMtu);
                Assert.Equal(expected.Count, pageFrames[i].Length);
                for (int f = 0; f < expected.Count; f++)
                {
                    Assert.Equal((byte[])expected[f], pageFrames[i][f].Select(b => (byte)b).ToArray());
                }
            }
        }

        /// <summary>
        /// For 2,000 random SSIDs and passwords (edge lengths, control characters, non-ASCII, hex keys) the
        /// page accepts a value exactly when the firmware's field rules accept its bytes.
        /// </summary>
        [BrowserFact]
        public async Task Page_field_checks_agree_with_the_firmware()
        {
            await using CompanionRig rig = await CompanionRig.StartAsync("codec-fields", webBluetooth: false);
            var random = new Random(Seed);
            const string alphabet = "abcXYZ019 ~!\"#-_\u00e9\u00df\u4e2d\u0001\u001f\u007f\t\ud83d\ude00ABCDEFabcdef";
            var values = new List<string>();
            for (int i = 0; i < 2000; i++)
            {
                int length = random.Next(0, 4) == 0 ? new[] { 0, 1, 7, 8, 32, 33, 63, 64, 65 }[random.Next(9)] : random.Next(0, 70);
                var text = new StringBuilder();
                bool hex = random.Next(5) == 0;
                while (text.Length < length)
                {
                    text.Append(hex ? "0123456789abcdefABCDEF"[random.Next(22)] : alphabet[random.Next(alphabet.Length)]);
                }

                string value = text.ToString();
                values.Add(char.IsHighSurrogate(value.LastOrDefault()) ? value[..^1] : value);
            }

            bool[][] page = await rig.Page.EvaluateAsync<bool[][]>(
                "async values => { const f = await import('/js/fields.js'); return values.map(v => [f.ssidProblem(v) === null, f.passwordProblem(v) === null]); }",
                values.ToArray());

            for (int i = 0; i < values.Count; i++)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(values[i]);
                bool ssidOk = bytes.Length > 0 && FieldRules.Check(CharacteristicIndex.WifiSsid, bytes) == 0;
                bool passwordOk = bytes.Length > 0 && FieldRules.Check(CharacteristicIndex.WifiPassword, bytes) == 0;
                Assert.True(ssidOk == page[i][0], $"SSID {Describe(values[i])}: firmware {(ssidOk ? "accepts" : "refuses")}, page {(page[i][0] ? "accepts" : "refuses")}");
                Assert.True(passwordOk == page[i][1], $"password of {values[i].Length} chars: firmware {(passwordOk ? "accepts" : "refuses")}, page {(page[i][1] ? "accepts" : "refuses")}");
            }
        }

        private static string Describe(string value) => string.Join(" ", value.Select(c => ((int)c).ToString("X4")));
    }
}
