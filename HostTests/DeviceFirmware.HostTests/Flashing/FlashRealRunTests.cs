using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// Real runs of flash.ps1 against a fake nanoff that records what it is given: the arguments, the
    /// file deployment list in nanoff's schema (nanoFirmwareFlasher.Library/FileDeployment:
    /// SerialPort, Files[].DestinationFilePath, Files[].SourceFilePath), the nanoff version
    /// detection, and that a failing step stops the run with exit code 10.
    /// </summary>
    public class FlashRealRunTests
    {
        [Fact]
        public async Task Nanoff2_UpdatesWithFileDeployment_ThenDeploys_AndTheListCopiesConfigAndCaToDriveI()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-MassErase", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            AssertCalls(
                sandbox,
                run,
                new[] { "--update", "--target", "ESP32_BLE_REV3", "--serialport", "COM7", "--masserase", "--filedeployment", sandbox.DeployListPath },
                new[] { "--target", "ESP32_BLE_REV3", "--serialport", "COM7", "--deploy", "--image", sandbox.ImagePath });
            AssertDeployList(sandbox, run);
            Assert.Contains("done: the board resets when nanoff has written the application image", run.StandardOutput);
        }

        [Fact]
        public async Task Nanoff3_IsRecognisedByItsVersion_AndGetsVerbCommands()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff3Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            AssertCalls(
                sandbox,
                run,
                new[] { "flash", "target", "ESP32_BLE_REV3", "serialport", "COM7" },
                new[] { "deploy", "file", sandbox.DeployListPath, "serialport", "COM7" },
                new[] { "deploy", "target", "ESP32_BLE_REV3", "serialport", "COM7", "image", sandbox.ImagePath });
            AssertDeployList(sandbox, run);
        }

        [Fact]
        public async Task FailingNanoffStep_Exits10_NamesTheStep_AndRunsNothingAfterIt()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version, failOn: "--update"),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 10, run.Describe());
            Assert.Single(sandbox.NanoffCalls());
            Assert.Single(run.Errors);
            Assert.StartsWith(
                "step 1 of 2 (flash nanoCLR (ESP32_BLE_REV3) and copy nf.config and the root CA to I:\\) failed: nanoff exited with code 7;",
                run.Errors[0]);
            Assert.Contains("E4000 fake failure", run.StandardOutput);
        }

        [Fact]
        public async Task FileDeploymentErrorPrintedWithExitCode0_IsAFailure()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            // nanoff reports a file it could not copy on its output and goes on with exit code 0.
            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff3Version, say: "Error deploying content file x to I:\\nf.config"),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 10, run.Describe());
            Assert.Equal(2, sandbox.NanoffCalls().Count);
            Assert.Single(run.Errors);
            Assert.StartsWith(
                "step 2 of 3 (copy nf.config and the root CA to I:\\) failed: nanoff reported 'Error deploying content file' although it exited 0",
                run.Errors[0]);
        }

        private static void AssertCalls(FlashSandbox sandbox, FlashRun run, params string[][] expected)
        {
            IReadOnlyList<string[]> calls = sandbox.NanoffCalls();
            Assert.True(
                calls.Count == expected.Length,
                $"expected {expected.Length} nanoff calls, got:\n  {string.Join("\n  ", calls.Select(c => string.Join(" ", c)))}\n{run.Describe()}");
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], calls[i]);
            }
        }

        private static void AssertDeployList(FlashSandbox sandbox, FlashRun run)
        {
            string copy = sandbox.NanoffLogPath + ".json";
            Assert.True(File.Exists(copy), "nanoff was not given a file deployment list\n" + run.Describe());
            using JsonDocument list = JsonDocument.Parse(File.ReadAllText(copy));
            JsonElement root = list.RootElement;
            Assert.Equal("COM7", root.GetProperty("SerialPort").GetString());
            string[][] files = root.GetProperty("Files").EnumerateArray()
                .Select(f => new[] { f.GetProperty("DestinationFilePath").GetString(), f.GetProperty("SourceFilePath").GetString() })
                .ToArray();
            Assert.Equal(
                new[]
                {
                    new[] { "I:\\nf.config", sandbox.ConfigPath },
                    new[] { "I:\\AmazonRootCA1.pem", sandbox.RootCaPath },
                },
                files);
        }
    }
}
