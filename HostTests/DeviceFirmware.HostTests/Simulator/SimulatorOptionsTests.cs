using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeviceFirmware.Config;
using DeviceFirmware.Simulator;
using Xunit;

namespace DeviceFirmware.HostTests.Simulator
{
    /// <summary>
    /// The simulator's command line. Every bad argument is one line naming the option, exit 2,
    /// before anything starts; --check-config checks a maker's nf.config with the firmware's parser;
    /// errors name the line of the file as written.
    /// </summary>
    public sealed class SimulatorOptionsTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "sim-options-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public SimulatorOptionsTests() => Directory.CreateDirectory(_dir);

        public void Dispose() => Directory.Delete(_dir, true);

        public static TheoryData<string[], string> BadArguments => new TheoryData<string[], string>
        {
            { new[] { "--days", "0" }, "--days" },
            { new[] { "--days" }, "--days" },
            { new[] { "--days", "--quiet" }, "--days" },
            { new[] { "--seed", "x" }, "--seed" },
            { new[] { "--fault", "replenish:Nonsense" }, "--fault" },
            { new[] { "--lwa-url", "ftp://x" }, "--lwa-url" },
            { new[] { "--drs-url", "not a url" }, "--drs-url" },
            { new[] { "--authorize-url", "/ap/oa" }, "--authorize-url" },
            { new[] { "--redirect-uri", "relative/path" }, "--redirect-uri" },
            { new[] { "--client-id", "" }, "--client-id" },
            { new[] { "--config", "/no/such/nf.config" }, "--config" },
            { new[] { "--check-config", "/no/such/nf.config" }, "--check-config" },
            { new[] { "--external" }, "--external" },
            { new[] { "--colour" }, "--colour" },
            { new[] { "--flow", "cloud" }, "--flow" },
            { new[] { "--flow", "web-app", "--days", "3" }, "--days" },
            { new[] { "--flow", "web-app", "--fault", "replenish:ServerError" }, "--fault" },
            { new[] { "--flow", "web-app", "--flash-dir", "/tmp/x" }, "--flash-dir" },
        };

        [Theory]
        [MemberData(nameof(BadArguments))]
        public void ABadArgumentIsOneLineNamingTheOption_Exit2_NothingStarted(string[] args, string option)
        {
            (int code, string output, string error) = Run(args);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Single(Lines(error));
            Assert.StartsWith(option, error);
        }

        [Fact]
        public void AFlashDirThatIsAFile_IsRefusedBeforeAnythingStarts()
        {
            string file = Path.Combine(_dir, "a-file");
            File.WriteAllText(file, "x");

            (int code, string output, string error) = Run("--flash-dir", file);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal($"--flash-dir {file}: is a file, not a folder", error.Trim());
        }

        [Fact]
        public void AFlashDirThatCannotBeWritten_IsRefusedBeforeAnythingStarts()
        {
            string file = Path.Combine(_dir, "a-file");
            File.WriteAllText(file, "x");
            string under = Path.Combine(file, "flash");

            (int code, string output, string error) = Run("--flash-dir", under);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Single(Lines(error));
            Assert.StartsWith($"--flash-dir {under}: cannot write there", error);
        }

        [Fact]
        public void AnInvalidConfig_IsReportedWithTheFilesOwnLineNumber_BeforeTheSandboxStarts()
        {
            // No token_url under [lwa]: the simulator adds one, which must not shift the line of the error.
            string path = Write("bad.nf.config", ValidConfigWithoutTokenUrl().Replace("verifier_length = 43", "verifier_length = 200"));
            int line = LineOf(File.ReadAllText(path), "verifier_length = 200");

            (int code, string output, string error) = Run("--config", path);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Single(Lines(error));
            Assert.StartsWith($"--config {path}: nf.config line {line}: key pkce.verifier_length:", error);
        }

        [Fact]
        public void ConfigWithUrls_ReportsTheLineOfTheFileAsWritten_WhenKeysWereAdded()
        {
            string text = ValidConfigWithoutTokenUrl().Replace("[drs]\nbase_url = http://127.0.0.1:5000\n", "[drs]\n").Replace("window_minutes = 10", "window_minutes = 99");
            int line = LineOf(text, "window_minutes = 99");

            var error = Assert.Throws<ConfigException>(() => SimulationRun.ConfigWithUrls(text, "http://127.0.0.1:1/auth/o2/token", "http://127.0.0.1:1"));

            Assert.Equal(line, error.LineNumber);
            Assert.Equal("provisioning.window_minutes", error.Key);
            Assert.Equal("http://127.0.0.1:1/auth/o2/token", SimulationRun.ConfigWithUrls(ValidConfigWithoutTokenUrl(), "http://127.0.0.1:1/auth/o2/token", null).LwaTokenUrl);
        }

        [Fact]
        public void CheckConfig_OnAValidFile_PrintsOkAndTheSummary_Exit0()
        {
            string path = Path.Combine(BuildPaths.Root, "board.nf.config");
            if (!File.Exists(path))
            {
                path = Write("nf.config", SimulationRun.EmbeddedConfig());
            }

            (int code, string output, string error) = Run("--check-config", path);

            Assert.True(code == 0, error);
            Assert.StartsWith($"nf.config: OK ({path})", output);
            Assert.Contains("  slot ", output);
            Assert.Contains("  LWA token:", output);
            Assert.Equal(string.Empty, error);
        }

        [Fact]
        public void AWebAppConfig_IsChecked_AndPlayedOnlyWithFlowWebApp()
        {
            string path = Write("webapp.nf.config", "[device]\nmodel = M\nflow = web-app\n[cloud]\nurl = https://cloud.example.com\n");

            (int code, string output, string error) = Run("--check-config", path);
            Assert.True(code == 0, error);
            Assert.Contains("  flow:         web-app, web application https://cloud.example.com", output);
            Assert.DoesNotContain("LWA token:", output);

            (code, output, error) = Run("--config", path);
            Assert.Equal(2, code);
            Assert.Single(Lines(error));
            Assert.Equal($"--config {path}: device.flow = web-app: add --flow web-app to play the web-application story", error.Trim());

            SimulatorCommand command = SimulatorOptions.Parse(new[] { "--flow", "web-app", "--config", SaveEmbeddedConfig() });
            Assert.True(command.WebAppFlow);
        }

        [Fact]
        public void FlowWebApp_ChecksTheConfigItWillSwitchToTheWebAppFlow()
        {
            string path = Write("bad-channel.nf.config", SimulationRun.EmbeddedConfig().Replace("sensor_channel = 0", "sensor_channel = 12"));

            FormatException e = Assert.Throws<FormatException>(() => SimulatorOptions.Parse(new[] { "--flow", "web-app", "--config", path }));
            Assert.StartsWith($"--config {path}: nf.config line ", e.Message);
        }

        private string SaveEmbeddedConfig() => Write("embedded.nf.config", SimulationRun.EmbeddedConfig());

        [Fact]
        public void CheckConfig_OnAnInvalidFile_PrintsTheErrorWithTheFilesLine_Exit1()
        {
            string text = SimulationRun.EmbeddedConfig().Replace("sensor_channel = 0", "sensor_channel = 12");
            string path = Write("bad.nf.config", text);

            (int code, string output, string error) = Run("--check-config", path);

            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith($"nf.config line {LineOf(text, "sensor_channel = 12")}: key slot.coffee.sensor_channel", error);
        }

        [Fact]
        public void CheckConfig_TakesNoOtherOption()
        {
            (int code, _, string error) = Run("--check-config", "nf.config", "--days", "3");

            Assert.Equal(2, code);
            Assert.StartsWith("--check-config", error);
        }

        [Fact]
        public void TheHelpListsEveryOptionTheParserTakes_AndNoOther()
        {
            (int code, string output, _) = Run("--help");

            Assert.Equal(0, code);
            var inHelp = Regex.Matches(output, @"(?<![\w-])--[a-z][a-z-]+").Select(m => m.Value).Where(o => o != "--project").Distinct().OrderBy(o => o).ToArray();
            Assert.Equal(SimulatorOptions.Options.OrderBy(o => o).ToArray(), inHelp);
            foreach (string option in SimulatorOptions.Options)
            {
                Assert.DoesNotContain("unknown option", Error(() => SimulatorOptions.Parse(new[] { option })));
            }

            Assert.Contains("any OAuth 2.0 authorization endpoint", output);
        }

        [Fact]
        public void ExternalLoginOptionsAreTaken()
        {
            SimulatorCommand command = SimulatorOptions.Parse(new[]
            {
                "--lwa-url", "https://auth.example/oauth2/token", "--drs-url", "https://drs.example/", "--authorize-url", "https://auth.example/oauth2/authorize",
                "--client-id", "my-app", "--redirect-uri", "https://app.example/cb",
            });

            Assert.False(command.Settings.UsesSandbox);
            Assert.Equal("https://auth.example/oauth2/authorize", command.Settings.AuthorizeUrl);
            Assert.Equal("my-app", command.Settings.ClientId);
            Assert.Equal("https://app.example/cb", command.Settings.RedirectUri);
            Assert.Equal("https://drs.example", command.Settings.DrsUrl);
        }

        private static string Error(Action parse)
        {
            try
            {
                parse();
                return string.Empty;
            }
            catch (FormatException e)
            {
                return e.Message;
            }
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        private static int LineOf(string text, string content) => text.Split('\n').ToList().FindIndex(l => l.TrimEnd('\r') == content) + 1;

        private static string ValidConfigWithoutTokenUrl() => string.Join("\n", SimulationRun.EmbeddedConfig().Replace("\r\n", "\n").Split('\n').Where(l => !l.StartsWith("token_url", StringComparison.Ordinal)));

        private string Write(string name, string text)
        {
            string path = Path.Combine(_dir, name);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
