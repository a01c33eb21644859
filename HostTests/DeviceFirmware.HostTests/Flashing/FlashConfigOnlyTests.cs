using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// flash.ps1 -ConfigOnly copies nf.config and/or the root CA to I:\ without flashing nanoCLR or the
    /// application: nanoff 2.x <c>--filedeployment &lt;json&gt;</c> alone (nanoff's README: deploy files
    /// only, the port in the list), nanoff 3.x <c>deploy file &lt;json&gt; serialport P</c> (DeployOptions).
    /// Also the root CA of a local bring-up sandbox (any CA certificate PEM), deployed in place of Amazon's.
    /// </summary>
    public class FlashConfigOnlyTests
    {
        [Fact]
        public async Task WhatIf_ConfigOnly_Nanoff2_PrintsOnlyTheFileDeployment_OfBothFiles()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string missingImage = Path.Combine(sandbox.Root, "never built.bin");

            FlashRun run = await FlashScript.RunAsync(
                "-SerialPort", "COM7", "-ConfigOnly", "-NanoffCli", "Flags", "-WhatIf",
                "-ConfigFile", sandbox.ConfigPath, "-RootCaFile", sandbox.RootCaPath, "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(new[] { $"nanoff --filedeployment {FlashSandbox.Quoted(sandbox.DeployListPath)}" }, run.WouldRun);
            Assert.Contains("note: file deployment list (nf.config -> I:\\nf.config, root CA -> I:\\AmazonRootCA1.pem):", run.StandardOutput);
            Assert.Contains("\"SerialPort\": \"COM7\"", run.StandardOutput);
            Assert.Contains("press RESET (EN)", run.StandardOutput);
            Assert.DoesNotContain("application image", run.StandardOutput);
            Assert.Empty(run.Errors);
            Assert.False(Directory.Exists(sandbox.WorkDirectory), "-WhatIf created the work directory\n" + run.Describe());
        }

        [Fact]
        public async Task WhatIf_ConfigOnly_Nanoff3_WithOnlyTheConfigNamed_DeploysOnlyTheConfig()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                "-SerialPort", "COM7", "-ConfigOnly", "-ConfigFile", sandbox.ConfigPath, "-NanoffCli", "Verbs", "-WhatIf", "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(new[] { $"nanoff deploy file {FlashSandbox.Quoted(sandbox.DeployListPath)} serialport COM7" }, run.WouldRun);
            Assert.Contains("note: file deployment list (nf.config -> I:\\nf.config):", run.StandardOutput);
            Assert.DoesNotContain("AmazonRootCA1.pem", run.StandardOutput);
        }

        [Fact]
        public async Task ConfigOnly_WithAFlashingOption_Exits2()
        {
            using FlashSandbox sandbox = new FlashSandbox();

            FlashRun run = await FlashScript.RunAsync(
                new[] { "-SerialPort", "COM7", "-ConfigOnly", "-MassErase", "-NanoffCli", "Flags", "-WhatIf" }.Concat(sandbox.FileArguments()).ToArray());

            Assert.True(run.ExitCode == 2, run.Describe());
            Assert.Equal(2, run.Errors.Count);
            Assert.StartsWith("-MassErase does not go with -ConfigOnly", run.Errors[0]);
            Assert.StartsWith("-Image does not go with -ConfigOnly", run.Errors[1]);
            Assert.Empty(run.WouldRun);
        }

        [Fact]
        public async Task ConfigOnly_SandboxCaPem_IsDeployedAsAmazonRootCA1_WithoutFlashing()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            // A throw-away CA as a bring-up sandbox makes one: self-signed, CA basic constraint, PEM with CRLF.
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            CertificateRequest request = new CertificateRequest("CN=DeviceFirmware sandbox CA", key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            using X509Certificate2 ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
            string caPem = sandbox.WriteFile(Path.Combine("sandbox state", "ca.pem"), ca.ExportCertificatePem().Replace("\n", "\r\n") + "\r\n");

            FlashRun run = await FlashScript.RunAsync(
                sandbox.FakeNanoffEnvironment(FlashSandbox.Nanoff2Version),
                "-SerialPort", "COM7", "-ConfigOnly", "-RootCaFile", caPem, "-NanoffPath", sandbox.FakeNanoffPath, "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(new[] { new[] { "--filedeployment", sandbox.DeployListPath } }, sandbox.NanoffCalls());
            using JsonDocument list = JsonDocument.Parse(File.ReadAllText(sandbox.NanoffLogPath + ".json"));
            Assert.Equal("COM7", list.RootElement.GetProperty("SerialPort").GetString());
            JsonElement[] files = list.RootElement.GetProperty("Files").EnumerateArray().ToArray();
            Assert.Single(files);
            Assert.Equal("I:\\AmazonRootCA1.pem", files[0].GetProperty("DestinationFilePath").GetString());
            Assert.Equal(caPem, files[0].GetProperty("SourceFilePath").GetString());
            Assert.Contains("done: nothing was flashed", run.StandardOutput);
        }

        [Fact]
        public async Task RootCaFileWithAPrivateKey_Exits6()
        {
            using FlashSandbox sandbox = new FlashSandbox();
            string withKey = sandbox.WriteFile("ca-with-key.pem", File.ReadAllText(sandbox.RootCaPath) + "-----BEGIN EC PRIVATE KEY-----\nAA==\n-----END EC PRIVATE KEY-----\n");

            FlashRun run = await FlashScript.RunAsync(
                "-SerialPort", "COM7", "-ConfigOnly", "-RootCaFile", withKey, "-NanoffCli", "Flags", "-WhatIf", "-WorkDirectory", sandbox.WorkDirectory);

            Assert.True(run.ExitCode == 6, run.Describe());
            Assert.Equal(new[] { $"root CA file holds a private key: {withKey}. Fix: pass a file with the CA certificate only; a private key never goes on the board." }, run.Errors);
            Assert.Empty(run.WouldRun);
        }
    }
}
