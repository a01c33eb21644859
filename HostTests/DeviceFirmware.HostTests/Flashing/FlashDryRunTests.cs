using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// flash.ps1 -DryRun / -WhatIf prints the exact nanoff command lines, one per line, and touches nothing.
    /// The expected lines follow nanoff's own sources: 2.x Options.cs (--update, --target, --serialport,
    /// --masserase, --deploy, --image, --address, --filedeployment) and 3.x Verbs (flash, deploy file,
    /// deploy image). Between them the cases use all four BLE-capable targets.
    /// </summary>
    public class FlashDryRunTests
    {
        [Fact]
        public async Task DryRun_Nanoff2_PrintsUpdateWithFileDeployment_ThenDeploy_AndWritesNothing()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-NanoffCli", "Flags", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(
                new[]
                {
                    $"nanoff --update --target ESP32_BLE_REV3 --serialport COM7 --filedeployment {FlashSandbox.Quoted(sandbox.DeployListPath)}",
                    $"nanoff --target ESP32_BLE_REV3 --serialport COM7 --deploy --image {FlashSandbox.Quoted(sandbox.ImagePath)}",
                },
                run.WouldRun);
            Assert.Contains($"would write: {sandbox.DeployListPath}", run.StandardOutput);
            Assert.Contains("the board resets when nanoff has written the application image", run.StandardOutput);
            Assert.False(Directory.Exists(sandbox.WorkDirectory), "a dry run created the work directory\n" + run.Describe());
            Assert.Empty(run.Errors);
        }

        [Fact]
        public async Task DryRun_Nanoff2_WithMassEraseAndAddress_AddsThemToTheirCommands()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "/dev/ttyUSB0", "-Target", "ESP32_S3_BLE", "-MassErase", "-Address", "0x1B0000", "-NanoffCli", "Flags", "-DryRun" }
                    .Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(
                new[]
                {
                    $"nanoff --update --target ESP32_S3_BLE --serialport /dev/ttyUSB0 --masserase --filedeployment {FlashSandbox.Quoted(sandbox.DeployListPath)}",
                    $"nanoff --target ESP32_S3_BLE --serialport /dev/ttyUSB0 --deploy --image {FlashSandbox.Quoted(sandbox.ImagePath)} --address 0x1B0000",
                },
                run.WouldRun);
        }

        [Fact]
        public async Task DryRun_Nanoff3_PrintsFlash_ThenFileDeploy_ThenDeploy()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-Target", "ESP32_C3_REV3", "-NanoffCli", "Verbs", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(
                new[]
                {
                    "nanoff flash target ESP32_C3_REV3 serialport COM7",
                    $"nanoff deploy file {FlashSandbox.Quoted(sandbox.DeployListPath)} serialport COM7",
                    $"nanoff deploy target ESP32_C3_REV3 serialport COM7 image {FlashSandbox.Quoted(sandbox.ImagePath)}",
                },
                run.WouldRun);
        }

        [Fact]
        public async Task WhatIf_Nanoff3_WithMassErase_PrintsThePlanLikeDryRun()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-Target", "ESP32_BLE_REV0", "-MassErase", "-NanoffCli", "Verbs", "-WhatIf" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(
                new[]
                {
                    "nanoff flash target ESP32_BLE_REV0 serialport COM7 masserase",
                    $"nanoff deploy file {FlashSandbox.Quoted(sandbox.DeployListPath)} serialport COM7",
                    $"nanoff deploy target ESP32_BLE_REV0 serialport COM7 image {FlashSandbox.Quoted(sandbox.ImagePath)}",
                },
                run.WouldRun);
            Assert.False(Directory.Exists(sandbox.WorkDirectory), "-WhatIf created the work directory\n" + run.Describe());
        }

        [Fact]
        public async Task DryRun_WithoutNanoff_SaysItIsNotNeeded_ShowsTheInstall_AndNanoff2Lines()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.MissingNanoffPath, "-InstallNanoff", "-DryRun" }
                    .Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(
                new[]
                {
                    "dotnet tool install -g nanoff",
                    $"nanoff --update --target ESP32_BLE_REV3 --serialport COM7 --filedeployment {FlashSandbox.Quoted(sandbox.DeployListPath)}",
                    $"nanoff --target ESP32_BLE_REV3 --serialport COM7 --deploy --image {FlashSandbox.Quoted(sandbox.ImagePath)}",
                },
                run.WouldRun);
            Assert.Contains("a dry run does not need it, a real run does", run.StandardOutput);
            Assert.Contains("pass -NanoffCli Verbs for nanoff 3.x", run.StandardOutput);
        }

        [Fact]
        public async Task DefaultImage_IsTheReleaseBuildOutputOfDeviceFirmware()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string defaultImage = Path.Combine(BuildPaths.Root, "DeviceFirmware", "bin", "Release", "DeviceFirmware.bin");

            FlashRun run = await FlashScript.RunAsync(
                "-SerialPort", "COM7", "-NanoffCli", "Flags", "-DryRun",
                "-ConfigFile", sandbox.ConfigPath, "-RootCaFile", sandbox.RootCaPath, "-WorkDirectory", sandbox.WorkDirectory);

            // The device build needs the nanoFramework toolchain, so the image exists only where it was built.
            if (File.Exists(defaultImage))
            {
                Assert.True(run.ExitCode == 0, run.Describe());
                Assert.Contains(run.WouldRun, line => line.Contains("--image " + defaultImage) || line.Contains("--image " + FlashSandbox.Quoted(defaultImage)));
            }
            else
            {
                // A dry run names the missing image in a note and still prints the plan.
                Assert.True(run.ExitCode == 0, run.Describe());
                Assert.Empty(run.Errors);
                Assert.Contains($"note: not there yet: application image not found: {defaultImage}.", run.StandardOutput);
                Assert.Contains(run.WouldRun, line => line.Contains("--image " + defaultImage) || line.Contains("--image " + FlashSandbox.Quoted(defaultImage)));
            }
        }

        [Fact]
        public async Task WhatIf_WithoutImageAndRootCa_PrintsThePlan_AndNamesTheMissingFilesInNotes()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string missingImage = Path.Combine(sandbox.Root, "bin", "Release", "DeviceFirmware.bin");
            string missingCa = Path.Combine(sandbox.Root, "certs", "AmazonRootCA1.pem");

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-NanoffCli", "Flags", "-WhatIf" }
                    .Concat(sandbox.FileArguments(image: missingImage, rootCa: missingCa)).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Empty(run.Errors);
            Assert.Equal(
                new[]
                {
                    $"nanoff --update --target ESP32_BLE_REV3 --serialport COM7 --filedeployment {FlashSandbox.Quoted(sandbox.DeployListPath)}",
                    $"nanoff --target ESP32_BLE_REV3 --serialport COM7 --deploy --image {FlashSandbox.Quoted(missingImage)}",
                },
                run.WouldRun);
            string[] notes = run.StandardOutput.Split('\n').Where(l => l.StartsWith("note: not there yet: ")).ToArray();
            Assert.Equal(2, notes.Length);
            Assert.StartsWith($"note: not there yet: application image not found: {missingImage}.", notes[0]);
            Assert.EndsWith("(a real run refuses this with exit code 4)", notes[0].TrimEnd('\r'));
            Assert.StartsWith($"note: not there yet: root CA file not found: {missingCa}.", notes[1]);
            Assert.EndsWith("(a real run refuses this with exit code 6)", notes[1].TrimEnd('\r'));
            Assert.False(Directory.Exists(sandbox.WorkDirectory), "-WhatIf created the work directory\n" + run.Describe());
        }

        [Fact]
        public async Task DryRun_WithFirmwareVersion_PassesItToTheFlashStep_InBothSyntaxes()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun flags = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-FirmwareVersion", "1.16.0.568", "-MassErase", "-NanoffCli", "Flags", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());
            FlashRun verbs = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-FirmwareVersion", "1.16.0.568", "-NanoffCli", "Verbs", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(flags.ExitCode == 0, flags.Describe());
            Assert.Equal(
                $"nanoff --update --target ESP32_BLE_REV3 --serialport COM7 --fwversion 1.16.0.568 --masserase --filedeployment {FlashSandbox.Quoted(sandbox.DeployListPath)}",
                flags.WouldRun[0]);
            Assert.True(verbs.ExitCode == 0, verbs.Describe());
            Assert.Equal("nanoff flash target ESP32_BLE_REV3 serialport COM7 fwversion 1.16.0.568", verbs.WouldRun[0]);
        }
    }
}
