using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// An nf.config whose lwa.token_url or drs.base_url names a loopback host cannot work on a board
    /// (its loopback is itself): flash.ps1 refuses it with exit code 11 unless -AllowLoopbackConfig.
    /// </summary>
    public class FlashLoopbackConfigTests
    {
        [Fact]
        public async Task RepositoryNfConfig_PointsAt127001_IsRefusedWithExit11_NamingBothKeys()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-NanoffCli", "Flags", "-WhatIf" }.Concat(sandbox.FileArguments(config: sandbox.LoopbackConfigPath)).ToArray());

            Assert.True(run.ExitCode == 11, run.Describe());
            Assert.Single(run.Errors);
            Assert.StartsWith("nf.config points at a loopback host, which on a board is the board itself: lwa.token_url = http://127.0.0.1:5000/auth/o2/token (line ", run.Errors[0]);
            Assert.Contains("drs.base_url = http://127.0.0.1:5000 (line ", run.Errors[0]);
            Assert.Contains("-AllowLoopbackConfig", run.Errors[0]);
            Assert.Empty(run.WouldRun);
        }

        [Theory]
        [InlineData("http://localhost:5000/auth/o2/token", "https://dash-replenishment-service-na.amazon.com", "lwa.token_url")]
        [InlineData("https://api.amazon.com/auth/o2/token", "http://[::1]:5000", "drs.base_url")]
        [InlineData("https://api.amazon.com/auth/o2/token", "https://LOCALHOST", "drs.base_url")]
        public async Task ConfigOnly_LoopbackEndpoint_RealRun_Exits11_AndRunsNothing(string tokenUrl, string baseUrl, string key)
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string config = sandbox.WriteFile("device.config", FlashSandbox.WithEndpoints(System.IO.File.ReadAllText(sandbox.ConfigPath), tokenUrl, baseUrl));

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff3Version),
                "-SerialPort", "COM7", "-ConfigOnly", "-ConfigFile", config, "-NanoffPath", sandbox.FakeNanoffPath, "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 11, run.Describe());
            Assert.Single(run.Errors);
            Assert.Contains(key + " = ", run.Errors[0]);
            Assert.Empty(sandbox.NanoffCalls());
        }

        [Fact]
        public async Task AllowLoopbackConfig_DeploysItAnyway_WithANote()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                new[] { "-SerialPort", "COM7", "-AllowLoopbackConfig", "-NanoffPath", sandbox.FakeNanoffPath }
                    .Concat(sandbox.FileArguments(config: sandbox.LoopbackConfigPath)).ToArray());

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Empty(run.Errors);
            Assert.Contains("note: nf.config points at a loopback host (lwa.token_url = http://127.0.0.1:5000/auth/o2/token", run.StandardOutput);
            Assert.Contains("deployed anyway (-AllowLoopbackConfig)", run.StandardOutput);
            Assert.Equal(2, sandbox.NanoffCalls().Count);
        }

        [Fact]
        public async Task HostThatOnlyContainsLocalhost_IsNotLoopback()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string config = sandbox.WriteFile("lan.config", FlashSandbox.WithEndpoints(
                System.IO.File.ReadAllText(sandbox.ConfigPath), "https://localhost.example.com/auth/o2/token", "https://192.0.2.10:5001"));

            FlashRun run = await FlashScript.RunAsync(
                "-SerialPort", "COM7", "-ConfigOnly", "-ConfigFile", config, "-NanoffCli", "Flags", "-WhatIf", "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Empty(run.Errors);
        }
    }
}
