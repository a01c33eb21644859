using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using DeviceFirmware.HostTests;

namespace DeviceFirmware.ToolchainTests.Toolchain
{
    /// <summary>Runs .pe files in the toolchain's POSIX nanoCLR.</summary>
    public static class NanoClr
    {
        /// <summary>
        /// Loads <paramref name="peFiles"/> (mscorlib first, each assembly after those it references) and runs
        /// the entry point found (the test launcher or an application's Main). <paramref name="heapBytes"/> sets
        /// the managed heap (null: the toolchain's 10 MiB default).
        /// </summary>
        public static async Task<NanoClrRun> RunAsync(IEnumerable<string> peFiles, TimeSpan timeout, int? heapBytes = null)
        {
            NanoToolchain toolchain = NanoToolchain.Current;
            ProcessStartInfo start = new ProcessStartInfo(toolchain.NanoClr) { WorkingDirectory = BuildPaths.Root };
            foreach (string pe in peFiles)
            {
                start.ArgumentList.Add(pe);
            }

            string libraries = Environment.GetEnvironmentVariable("LD_LIBRARY_PATH");
            start.Environment["LD_LIBRARY_PATH"] = string.IsNullOrEmpty(libraries) ? toolchain.NanoClrLibraries : toolchain.NanoClrLibraries + ":" + libraries;
            if (heapBytes.HasValue)
            {
                start.Environment["NANOCLR_HEAP_BYTES"] = heapBytes.Value.ToString(CultureInfo.InvariantCulture);
            }

            ChildProcess.Outcome outcome = await ChildProcess.RunAsync(start, timeout, mergeErrorIntoOutput: true);
            return new NanoClrRun(outcome.StandardOutput, outcome.ExitCode, outcome.TimedOut);
        }
    }
}
