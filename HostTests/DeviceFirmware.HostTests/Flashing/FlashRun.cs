using System;
using System.Collections.Generic;
using System.Linq;

namespace DeviceFirmware.HostTests.Flashing
{
    /// <summary>The outcome of one flash.ps1 run: exit code, output, and the lines tests read from it.</summary>
    public sealed class FlashRun
    {
        /// <summary>Prefix of each command line a dry run prints.</summary>
        public const string WouldRunPrefix = "would run: ";

        /// <summary>Prefix of each problem flash.ps1 reports on standard error.</summary>
        public const string ErrorPrefix = "error: ";

        public FlashRun(IReadOnlyList<string> arguments, int exitCode, bool timedOut, TimeSpan elapsed, string standardOutput, string standardError)
        {
            Arguments = arguments;
            ExitCode = exitCode;
            TimedOut = timedOut;
            Elapsed = elapsed;
            StandardOutput = standardOutput;
            StandardError = standardError;
        }

        public IReadOnlyList<string> Arguments { get; }

        public int ExitCode { get; }

        public bool TimedOut { get; }

        public TimeSpan Elapsed { get; }

        public string StandardOutput { get; }

        public string StandardError { get; }

        /// <summary>The commands a dry run printed, without their "would run: " prefix, in order.</summary>
        public IReadOnlyList<string> WouldRun => LinesStartingWith(StandardOutput, WouldRunPrefix);

        /// <summary>The problems reported on standard error, without their "error: " prefix, in order.</summary>
        public IReadOnlyList<string> Errors => LinesStartingWith(StandardError, ErrorPrefix);

        /// <summary>Everything about the run, for assertion messages.</summary>
        public string Describe() =>
            $"flash.ps1 {string.Join(" ", Arguments)}\nexit code {ExitCode}{(TimedOut ? " (timed out)" : string.Empty)} after {Elapsed.TotalSeconds:0.0} s\n"
            + $"--- stdout ---\n{StandardOutput}--- stderr ---\n{StandardError}";

        private static IReadOnlyList<string> LinesStartingWith(string text, string prefix) =>
            text.Split('\n')
                .Select(line => line.TrimEnd('\r'))
                .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
                .Select(line => line.Substring(prefix.Length))
                .ToList();
    }
}
