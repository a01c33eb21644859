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

        private static readonly Lazy<Task<ProcessOutcome>> ToolRestore = new Lazy<Task<ProcessOutcome>>(
            () => RunDotnetAsync(new[] { "tool", "restore" }, new Dictionary<string, string>(), RestoreTimeout),
            LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>flash.ps1 at the repository root.</summary>
        public static string ScriptPath => Path.Combine(BuildPaths.Root, "flash.ps1");

        /// <summary>Runs flash.ps1 with the given arguments and extra environment variables.</summary>
        public static async Task<FlashRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            ProcessOutcome restore = await ToolRestore.Value;
            Assert.True(
                restore.ExitCode == 0,
                $"dotnet tool restore (for pwsh, .config/dotnet-tools.json) failed with exit code {restore.ExitCode}:\n{restore.StandardOutput}\n{restore.StandardError}");

            List<string> dotnetArguments = new List<string> { "pwsh", "-NoProfile", "-NonInteractive", "-File", ScriptPath };
            dotnetArguments.AddRange(arguments);
            ProcessOutcome outcome = await RunDotnetAsync(dotnetArguments, environment, RunTimeout);
            return new FlashRun(arguments, outcome.ExitCode, outcome.TimedOut, outcome.Elapsed, outcome.StandardOutput, outcome.StandardError);
        }

        /// <summary>Runs flash.ps1 with the given arguments.</summary>
        public static Task<FlashRun> RunAsync(params string[] arguments) =>
            RunAsync(new Dictionary<string, string>(), arguments);

        private static async Task<ProcessOutcome> RunDotnetAsync(
            IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
            {
                dotnet = "dotnet";
            }

            ProcessStartInfo start = new ProcessStartInfo(dotnet)
            {
                // The local tool manifest is found from the working directory up.
                WorkingDirectory = BuildPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host may inherit the outer build's MSBuild variables; dotnet finds its own.
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
            start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
            start.Environment["NO_COLOR"] = "1";
            // pwsh starts about 10% faster without dynamic PGO; each case is a fresh pwsh process.
            start.Environment["DOTNET_TieredPGO"] = "0";
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            StringBuilder standardOutput = new StringBuilder();
            StringBuilder standardError = new StringBuilder();
            Stopwatch clock = Stopwatch.StartNew();
            using Process process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Collect(standardOutput, e.Data);
            process.ErrorDataReceived += (_, e) => Collect(standardError, e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            bool timedOut = false;
            using (CancellationTokenSource cancel = new CancellationTokenSource(timeout))
            {
                try
                {
                    await process.WaitForExitAsync(cancel.Token);
                }
                catch (OperationCanceledException)
                {
                    timedOut = true;
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // Exited meanwhile.
                    }

                    process.WaitForExit(10000);
                }
            }

            // The parameterless wait drains the redirected streams.
            process.WaitForExit();
            lock (standardOutput)
            {
                lock (standardError)
                {
                    return new ProcessOutcome(
                        timedOut ? -1 : process.ExitCode, timedOut, clock.Elapsed, standardOutput.ToString(), standardError.ToString());
                }
            }
        }

        private static void Collect(StringBuilder output, string line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        private sealed record ProcessOutcome(int ExitCode, bool TimedOut, TimeSpan Elapsed, string StandardOutput, string StandardError);
    }
}
