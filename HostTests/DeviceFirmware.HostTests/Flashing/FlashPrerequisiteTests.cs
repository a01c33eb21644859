using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// Each missing prerequisite of flash.ps1 gets its own message saying how to fix it, and its own
    /// non-zero exit code; nothing is flashed. Dry runs check everything but nanoff and only note files
    /// that are not there yet, so a missing file is a real run (with the fake nanoff, which is never
    /// called); the other cases are dry runs with one thing wrong.
    /// </summary>
    public class FlashPrerequisiteTests
    {
        [Fact]
        public async Task NoSerialPort_Exits3_AndSaysHowToFindThePort()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(new[] { "-NanoffCli", "Flags", "-DryRun" }.Concat(sandbox.FileArguments()).ToArray());

            AssertRefused(run, 3, "no serial port given. Fix: pass -SerialPort with the board's port", "nanoff --listports");
        }

        [Fact]
        public async Task ImageMissing_RealRun_Exits4_AndSaysHowToBuildIt()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string missing = Path.Combine(sandbox.Root, "bin", "Release", "DeviceFirmware.bin");

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments(image: missing)).ToArray());

            AssertRefused(
                run, 4, $"application image not found: {missing}. Fix: build DeviceFirmware/DeviceFirmware.nfproj in Release",
                "the build writes DeviceFirmware/bin/Release/DeviceFirmware.bin");
            Assert.Empty(sandbox.NanoffCalls());
        }

        [Fact]
        public async Task NfConfigMissing_RealRun_Exits5_AndPointsToItsDocumentation()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string missing = Path.Combine(sandbox.Root, "missing", "nf.config");

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments(config: missing)).ToArray());

            AssertRefused(run, 5, $"nf.config not found: {missing}. Fix: pass -ConfigFile", "docs/nf-config.md");
            Assert.Empty(sandbox.NanoffCalls());
        }

        [Fact]
        public async Task RootCaMissing_RealRun_Exits6_AndSaysWhereToDownloadIt()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string missing = Path.Combine(sandbox.Root, "certs", "AmazonRootCA1.pem");

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.FakeNanoffPath }.Concat(sandbox.FileArguments(rootCa: missing)).ToArray());

            AssertRefused(
                run, 6, $"root CA file not found: {missing}. Fix: download Amazon Root CA 1 from https://www.amazontrust.com/repository/AmazonRootCA1.pem",
                "-RootCaFile");
            Assert.Empty(sandbox.NanoffCalls());
        }

        [Fact]
        public async Task EmptyNfConfig_AndCaWithoutPem_AreBothReported_AndTheFirstCodeWins()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string emptyConfig = Path.Combine(sandbox.Root, "empty.config");
            File.WriteAllText(emptyConfig, "  \n");
            string derCa = Path.Combine(sandbox.Root, "AmazonRootCA1.cer");
            File.WriteAllBytes(derCa, new byte[] { 0x30, 0x82, 0x03, 0x41 });

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-NanoffCli", "Flags", "-DryRun" }.Concat(sandbox.FileArguments(config: emptyConfig, rootCa: derCa)).ToArray());

            Assert.True(run.ExitCode == 5, run.Describe());
            Assert.Equal(2, run.Errors.Count);
            Assert.StartsWith($"nf.config is empty: {emptyConfig}.", run.Errors[0]);
            Assert.StartsWith($"root CA file holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----): {derCa}.", run.Errors[1]);
            Assert.Empty(run.WouldRun);
        }

        [Fact]
        public async Task NanoffNotInstalled_RealRun_Exits7_AndSaysHowToInstallIt_WithoutRunningAnything()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-NanoffPath", sandbox.MissingNanoffPath }.Concat(sandbox.FileArguments()).ToArray());

            AssertRefused(run, 7, $"nanoff not found at {sandbox.MissingNanoffPath} (-NanoffPath).", "leave it out to use nanoff from PATH");
            Assert.DoesNotContain("running:", run.StandardOutput);
            Assert.False(Directory.Exists(sandbox.WorkDirectory), "the refused run wrote the file deployment list\n" + run.Describe());
        }

        private static void AssertRefused(FlashRun run, int exitCode, string messageStart, string fixHint)
        {
            Assert.True(run.ExitCode == exitCode, $"expected exit code {exitCode}\n{run.Describe()}");
            Assert.True(run.Errors.Count == 1, $"expected exactly one problem\n{run.Describe()}");
            Assert.StartsWith(messageStart, run.Errors[0]);
            Assert.Contains(fixHint, run.Errors[0]);
            Assert.Empty(run.WouldRun);
        }
    }
}
