using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// flash.ps1 -DeviceKey: the web-app flow's key file (the factory command's &lt;out&gt;/&lt;serial&gt;/device.key) is
    /// checked before the board is touched, deployed as I:\device.key next to nf.config, and never printed.
    /// </summary>
    public class FlashDeviceKeyTests
    {
        private const string Key = "8f1c2e3d4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

        [Fact]
        public async Task AValidKeyIsDeployedAsDeviceKeyNextToNfConfig_AndNeverPrinted()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string keyPath = sandbox.WriteFile("factory/240AC45E1A70/device.key", Key + "\n");

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath, "-DeviceKey", keyPath }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            using JsonDocument list = JsonDocument.Parse(File.ReadAllText(sandbox.NanoffLogPath + ".json"));
            string[][] files = list.RootElement.GetProperty("Files").EnumerateArray()
                .Select(f => new[] { f.GetProperty("DestinationFilePath").GetString(), f.GetProperty("SourceFilePath").GetString() })
                .ToArray();
            Assert.Equal(new[] { "I:\\device.key", keyPath }, files[2]);
            Assert.Contains("copy nf.config and the root CA and the device key to I:\\", run.StandardOutput);
            Assert.DoesNotContain(Key.Substring(0, 16), run.StandardOutput + run.StandardError);
        }

        [Theory]
        [InlineData("upper case", "8F1C2E3D4B5A69788796A5B4C3D2E1F00F1E2D3C4B5A69788796A5B4C3D2E1F0\n")]
        [InlineData("CR LF", Key + "\r\n")]
        [InlineData("short", "8f1c2e3d4b5a6978")]
        [InlineData("two line feeds", Key + "\n\n")]
        [InlineData("a blank", " " + Key)]
        public async Task AMalformedKeyExits12BeforeNanoff_WithoutShowingIt(string what, string content)
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string keyPath = sandbox.WriteFile("device.key", content);

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath, "-DeviceKey", keyPath }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 12, what + "\n" + run.Describe());
            Assert.Empty(sandbox.NanoffCalls());
            Assert.Single(run.Errors);
            Assert.StartsWith("device key file is not 64 lowercase hex digits", run.Errors[0]);
            Assert.DoesNotContain("8f1c2e3d", run.StandardOutput + run.StandardError, System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public async Task AMissingKeyFileExits12()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath, "-DeviceKey", Path.Combine(sandbox.Root, "nope.key") }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 12, run.Describe());
            Assert.StartsWith("device key file not found", run.Errors[0]);
            Assert.Empty(sandbox.NanoffCalls());
        }

        [Fact]
        public async Task ConfigOnly_WithOnlyTheKeyNamed_DeploysOnlyTheKey()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string keyPath = sandbox.WriteFile("device.key", Key);

            FlashRun run = await FlashScript.RunAsync(
                "-SerialPort", "COM7", "-ConfigOnly", "-DeviceKey", keyPath, "-NanoffCli", "Flags", "-WhatIf", "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Contains("note: file deployment list (device key -> I:\\device.key):", run.StandardOutput);
            Assert.DoesNotContain("AmazonRootCA1.pem", run.StandardOutput);
            Assert.DoesNotContain(Key.Substring(0, 16), run.StandardOutput);
        }

        [Fact]
        public async Task AWebAppConfigWithoutAKey_GetsANote_AndALoopbackCloudUrlIsRefused()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string config = sandbox.WriteFile("webapp nf.config", "[device]\nmodel = M\nflow = web-app\n[cloud]\nurl = https://cloud.example.com\n");
            string[] files = { "-Image", sandbox.ImagePath, "-ConfigFile", config, "-RootCaFile", sandbox.RootCaPath, "-WorkDirectory", sandbox.WorkDirectory };

            FlashRun run = await FlashScript.RunAsync(new[] { "-SerialPort", "COM7", "-NanoffCli", "Flags", "-WhatIf" }.Concat(files).ToArray());
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Contains("note: nf.config selects the web-app flow but no -DeviceKey was given", run.StandardOutput);

            string loopback = sandbox.WriteFile("loopback webapp nf.config", "[device]\nmodel = M\nflow = web-app\n[cloud]\nurl = http://127.0.0.1:5080\n");
            files[3] = loopback;
            run = await FlashScript.RunAsync(new[] { "-SerialPort", "COM7", "-NanoffCli", "Flags", "-WhatIf" }.Concat(files).ToArray());
            Assert.True(run.ExitCode == 11, run.Describe());
            Assert.Contains("cloud.url = http://127.0.0.1:5080", run.Errors[0]);
        }
    }
}
