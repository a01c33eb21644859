using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>
    /// Runs flash.ps1 the way a user does, <c>dotnet pwsh -NoProfile -NonInteractive -File flash.ps1 ...</c>
    /// from the repository root, with pwsh the local dotnet tool that .config/dotnet-tools.json declares.
    /// The tool is restored by the tests themselves (<c>dotnet tool restore</c>, once per test run), so a
    /// machine with only the .NET SDK runs them.
    /// </summary>
    public static class FlashScript
    {
        private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
        // One run takes about 2 s on an idle machine; the margin is for a loaded CI machine.
        private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

        private static readonly Lazy<Task<ChildProcess.Outcome>> ToolRestore = new Lazy<Task<ChildProcess.Outcome>>(
            () => RunDotnetAsync(new[] { "tool", "restore" }, new Dictionary<string, string>(), RestoreTimeout),
            LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>flash.ps1 at the repository root.</summary>
        public static string ScriptPath => Path.Combine(BuildPaths.Root, "flash.ps1");

        /// <summary>Runs flash.ps1 with the given arguments and extra environment variables.</summary>
        public static async Task<FlashRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            ChildProcess.Outcome restore = await ToolRestore.Value;
            Assert.True(
                restore.ExitCode == 0,
                $"dotnet tool restore (for pwsh, .config/dotnet-tools.json) failed with exit code {restore.ExitCode}:\n{restore.StandardOutput}\n{restore.StandardError}");

            List<string> dotnetArguments = new List<string> { "pwsh", "-NoProfile", "-NonInteractive", "-File", ScriptPath };
            dotnetArguments.AddRange(arguments);
            ChildProcess.Outcome outcome = await RunDotnetAsync(dotnetArguments, environment, RunTimeout);
            return new FlashRun(arguments, outcome.ExitCode, outcome.TimedOut, outcome.Elapsed, outcome.StandardOutput, outcome.StandardError);
        }

        /// <summary>Runs <c>dotnet pwsh -NoProfile -NonInteractive -Command</c> with the given command, from the repository root.</summary>
        public static async Task<FlashRun> RunCommandAsync(string command)
        {
            ChildProcess.Outcome restore = await ToolRestore.Value;
            Assert.True(restore.ExitCode == 0, $"dotnet tool restore failed with exit code {restore.ExitCode}:\n{restore.StandardOutput}\n{restore.StandardError}");
            ChildProcess.Outcome outcome = await RunDotnetAsync(
                new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", command }, new Dictionary<string, string>(), RunTimeout);
            return new FlashRun(new[] { "-Command", command }, outcome.ExitCode, outcome.TimedOut, outcome.Elapsed, outcome.StandardOutput, outcome.StandardError);
        }

        /// <summary>Runs flash.ps1 with the given arguments.</summary>
        public static Task<FlashRun> RunAsync(params string[] arguments) =>
            RunAsync(new Dictionary<string, string>(), arguments);

        private static async Task<ChildProcess.Outcome> RunDotnetAsync(
            IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
        {
            // The local tool manifest is found from the working directory up.
            ProcessStartInfo start = ChildProcess.Dotnet(BuildPaths.Root, arguments);
            start.RedirectStandardInput = true;
            start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
            start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
            start.Environment["NO_COLOR"] = "1";
            // pwsh starts about 10% faster without dynamic PGO; each case is a fresh pwsh process.
            start.Environment["DOTNET_TieredPGO"] = "0";
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            return await ChildProcess.RunAsync(start, timeout);
        }
    }
}
