using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// flash.ps1 takes only firmware images with Bluetooth LE, which provisioning needs: those built
    /// with API_nanoFramework.Device.Bluetooth ON in nanoframework/nf-interpreter
    /// targets/ESP32/CMakePresets.json. Plain ESP32_REV0/REV3/PSRAM images are refused.
    /// </summary>
    public class FlashTargetTests
    {
        private const string BleTargetList = "ESP32_BLE_REV0, ESP32_BLE_REV3, ESP32_S3_BLE, ESP32_C3_REV3";

        [Fact]
        public async Task TargetWithoutBluetooth_Exits2_AndNamesTheBleCapableImages()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-Target", "ESP32_REV3", "-NanoffCli", "Flags", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Equal(
                new[] { $"target 'ESP32_REV3' has no Bluetooth LE, which this firmware needs for provisioning. Fix: pass -Target with one of the BLE-capable images: {BleTargetList}." },
                run.Errors);
            Assert.Empty(run.WouldRun);
        }

        [Fact]
        public async Task UnknownTarget_Exits2_SaysItIsUnknown_AndListsTheTargets()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-Target", "FOO", "-NanoffCli", "Flags", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Equal(
                new[] { $"unknown target 'FOO'. Fix: pass -Target with one of the targets this firmware runs on (nanoFramework images with Bluetooth LE): {BleTargetList}." },
                run.Errors);
            Assert.DoesNotContain("has no Bluetooth LE", run.StandardError);
            Assert.Empty(run.WouldRun);
        }

        [Fact]
        public async Task TargetInTheWrongCase_AndAddressNotHex_AreBothReported_WithExit2()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-Target", "esp32_c3_rev3", "-Address", "1B0000", "-NanoffCli", "Flags", "-DryRun" }
                    .Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Equal(
                new[]
                {
                    "target 'esp32_c3_rev3' is not spelled as nanoff names it. Fix: pass -Target ESP32_C3_REV3 (image names are case-sensitive).",
                    "address '1B0000' is not hexadecimal (e.g. 0x1B0000). Fix: correct -Address, or leave it out so nanoff uses the firmware's deployment partition.",
                },
                run.Errors);
            Assert.Empty(run.WouldRun);
        }
    }
}
