using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DeviceFirmware.HostTests
{
    /// <summary>
    /// Runs a child process to completion with a timeout (then kills its whole tree), collecting
    /// standard output and standard error; shared by the tests that run dotnet builds and pwsh.
    /// </summary>
    public static class ChildProcess
    {
        /// <summary>What a finished (or killed) child process left behind.</summary>
        public sealed record Outcome(int ExitCode, bool TimedOut, TimeSpan Elapsed, string StandardOutput, string StandardError);

        /// <summary>
        /// A start for the same dotnet that runs the tests, with <paramref name="arguments"/>, in English,
        /// without telemetry, and without the MSBuild variables the test host may inherit from the outer build.
        /// </summary>
        public static ProcessStartInfo Dotnet(string workingDirectory, IEnumerable<string> arguments)
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
            {
                dotnet = "dotnet";
            }

            ProcessStartInfo start = new ProcessStartInfo(dotnet) { WorkingDirectory = workingDirectory };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            return start;
        }

        /// <summary>
        /// Starts <paramref name="start"/> (its output and error streams are redirected here) and waits for it.
        /// A child still running after <paramref name="timeout"/> is killed and reported with exit code -1.
        /// </summary>
        public static async Task<Outcome> RunAsync(ProcessStartInfo start, TimeSpan timeout, bool mergeErrorIntoOutput = false)
        {
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;

            StringBuilder standardOutput = new StringBuilder();
            StringBuilder standardError = mergeErrorIntoOutput ? standardOutput : new StringBuilder();
            Stopwatch clock = Stopwatch.StartNew();
            using Process process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Collect(standardOutput, e.Data);
            process.ErrorDataReceived += (_, e) => Collect(standardError, e.Data);
            process.Start();
            if (start.RedirectStandardInput)
            {
                process.StandardInput.Close();
            }

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
                    return new Outcome(timedOut ? -1 : process.ExitCode, timedOut, clock.Elapsed, standardOutput.ToString(), standardError.ToString());
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
    }
}
