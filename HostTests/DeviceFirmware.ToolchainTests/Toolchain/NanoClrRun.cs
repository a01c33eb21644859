namespace DeviceFirmware.ToolchainTests.Toolchain
{
    /// <summary>What one nanoCLR run printed and how it ended.</summary>
    /// <param name="Log">Everything nanoCLR wrote (its own output and the program's Console/Debug output).</param>
    /// <param name="ExitCode">The exit code (nanoCLR exits 0 even when tests fail).</param>
    /// <param name="TimedOut">True when the run was stopped at its timeout.</param>
    public sealed record NanoClrRun(string Log, int ExitCode, bool TimedOut)
    {
        /// <summary>True when an assembly reference could not be resolved at load.</summary>
        public bool HasLinkFailure => Log.Contains("Link failure", System.StringComparison.Ordinal);

        /// <summary>The last lines of the log, for a failure message.</summary>
        public string Tail => LastLines(Log);

        /// <summary>The last 15 lines of <paramref name="log"/>: enough to see how a nanoCLR run ended.</summary>
        /// <param name="log">A nanoCLR log.</param>
        /// <returns>Those lines, joined with '\n'.</returns>
        public static string LastLines(string log) => string.Join("\n", System.Linq.Enumerable.TakeLast(log.Split('\n'), 15));
    }
}
