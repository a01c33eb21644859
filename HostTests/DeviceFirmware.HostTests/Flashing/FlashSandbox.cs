using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// A temporary folder with what flash.ps1 needs: a fake application image, a copy of the
    /// repository's nf.config, a fake root CA PEM and a fake nanoff. Its name holds a space, so every
    /// command line the tests expect also checks how flash.ps1 quotes paths.
    /// </summary>
    public sealed class FlashSandbox : IDisposable
    {
        /// <summary>What the fake nanoff answers to --version, for nanoff 2.x (CommandLineParser's version line).</summary>
        public const string Nanoff2Version = "nanoff 2.5.162+8d3f7a1";

        /// <summary>What the fake nanoff answers to --version, for nanoff 3.x (its header line).</summary>
        public const string Nanoff3Version = ".NET nanoFramework Firmware Flasher v3.0.0-preview.46";

        // Records each call (arguments separated by tabs, one call a line) and a copy of the file
        // deployment list it was given; FAKE_NANOFF_SAY is printed; a call whose arguments contain
        // FAKE_NANOFF_FAIL_ON exits 7. A script, not an executable, so it runs on every OS: flash.ps1
        // invokes nanoff with the call operator, which runs a .ps1 as well as a native program.
        private const string FakeNanoffScript = """
            if ($args.Count -ge 1 -and $args[0] -eq '--version') { Write-Output $env:FAKE_NANOFF_VERSION; exit 0 }
            $line = ($args | ForEach-Object { "$_" }) -join "`t"
            Add-Content -LiteralPath $env:FAKE_NANOFF_LOG -Value $line
            for ($i = 0; $i -lt $args.Count - 1; $i++) {
                if ($args[$i] -eq '--filedeployment' -or ($args[$i] -eq 'file' -and $args[0] -eq 'deploy')) {
                    Copy-Item -LiteralPath $args[$i + 1] -Destination ($env:FAKE_NANOFF_LOG + '.json')
                }
            }
            if ($env:FAKE_NANOFF_SAY) { Write-Output $env:FAKE_NANOFF_SAY }
            if ($env:FAKE_NANOFF_FAIL_ON -and $line.Contains($env:FAKE_NANOFF_FAIL_ON)) { Write-Output 'E4000 fake failure'; exit 7 }
            exit 0
            """;

        public FlashSandbox()
        {
            Root = Path.Combine(Path.GetTempPath(), "DeviceFirmware flash " + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Root);
            ImagePath = Path.Combine(Root, "DeviceFirmware.bin");
            File.WriteAllBytes(ImagePath, new byte[] { 0x4E, 0x46, 0x4D, 0x52, 1, 2, 3, 4 });
            // The repository's nf.config points at the local sandbox on 127.0.0.1, which flash.ps1 refuses
            // for a board; the sandbox's copy names Amazon's hosts instead, the loopback copy is kept as is.
            LoopbackConfigPath = Path.Combine(Root, "loopback nf.config");
            File.Copy(Path.Combine(BuildPaths.Root, "nf.config"), LoopbackConfigPath);
            ConfigPath = Path.Combine(Root, "nf.config");
            File.WriteAllText(ConfigPath, WithEndpoints(
                File.ReadAllText(LoopbackConfigPath),
                "https://api.amazon.com/auth/o2/token",
                "https://dash-replenishment-service-na.amazon.com"));
            RootCaPath = Path.Combine(Root, "AmazonRootCA1.pem");
            File.WriteAllText(RootCaPath, "-----BEGIN CERTIFICATE-----\nTUlJRGZha2U=\n-----END CERTIFICATE-----\n");
            WorkDirectory = Path.Combine(Root, "work");
            DeployListPath = Path.Combine(WorkDirectory, "filedeployment.json");
            FakeNanoffPath = Path.Combine(Root, "fake-nanoff.ps1");
            File.WriteAllText(FakeNanoffPath, FakeNanoffScript);
            NanoffLogPath = Path.Combine(Root, "nanoff-calls.log");
            MissingNanoffPath = Path.Combine(Root, "no-such-folder", "nanoff");
        }

        public string Root { get; }

        public string ImagePath { get; }

        public string ConfigPath { get; }

        public string RootCaPath { get; }

        /// <summary>An unchanged copy of the repository's nf.config, whose endpoints are on 127.0.0.1.</summary>
        public string LoopbackConfigPath { get; }

        /// <summary>The nf.config text with its lwa.token_url and drs.base_url lines set to the given URLs.</summary>
        public static string WithEndpoints(string config, string tokenUrl, string baseUrl)
        {
            string result = Regex.Replace(config, @"(?m)^token_url = .*$", "token_url = " + tokenUrl);
            return Regex.Replace(result, @"(?m)^base_url = .*$", "base_url = " + baseUrl);
        }

        /// <summary>Writes a file in the sandbox (creating its folder) and returns its path.</summary>
        public string WriteFile(string relativePath, string text)
        {
            string path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path));
            File.WriteAllText(path, text);
            return path;
        }

        public string WorkDirectory { get; }

        /// <summary>Where flash.ps1 writes the file deployment list when given <see cref="WorkDirectory"/>.</summary>
        public string DeployListPath { get; }

        public string FakeNanoffPath { get; }

        /// <summary>Where the fake nanoff records its calls; the file deployment list it got is copied to this path + ".json".</summary>
        public string NanoffLogPath { get; }

        /// <summary>A nanoff path that does not exist: nanoff "not installed".</summary>
        public string MissingNanoffPath { get; }

        /// <summary>A path in the sandbox, as flash.ps1 prints it in a command line (quoted: the sandbox name has a space).</summary>
        public static string Quoted(string path) => "\"" + path + "\"";

        /// <summary>-Image, -ConfigFile, -RootCaFile and -WorkDirectory pointing into the sandbox, with the given changes.</summary>
        public string[] FileArguments(string image = null, string config = null, string rootCa = null) =>
            new[] { "-Image", image ?? ImagePath, "-ConfigFile", config ?? ConfigPath, "-RootCaFile", rootCa ?? RootCaPath, "-WorkDirectory", WorkDirectory };

        /// <summary>Environment for a run with the fake nanoff answering --version with <paramref name="version"/>.</summary>
        public Dictionary<string, string> FakeNanoffEnvironment(string version, string failOn = null, string say = null) =>
            new Dictionary<string, string>
            {
                ["FAKE_NANOFF_LOG"] = NanoffLogPath,
                ["FAKE_NANOFF_VERSION"] = version,
                ["FAKE_NANOFF_FAIL_ON"] = failOn ?? string.Empty,
                ["FAKE_NANOFF_SAY"] = say ?? string.Empty,
            };

        /// <summary>The calls the fake nanoff received, each as its argument list.</summary>
        public IReadOnlyList<string[]> NanoffCalls() =>
            File.Exists(NanoffLogPath)
                ? File.ReadAllLines(NanoffLogPath).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList()
                : new List<string[]>();

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary folder must not fail the run.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
