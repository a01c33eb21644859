using System;
using System.Collections.Generic;
using System.Linq;
using DeviceFirmware.ToolchainTests.Toolchain;

namespace DeviceFirmware.ToolchainTests.HeapBudget
{
    /// <summary>One run of the heap-budget program at one heap size, and whether the flow fitted.</summary>
    /// <param name="HeapBytes">The managed heap nanoCLR was given (NANOCLR_HEAP_BYTES).</param>
    /// <param name="Run">What nanoCLR printed and how it ended.</param>
    public sealed record HeapBudgetRun(int HeapBytes, NanoClrRun Run)
    {
        /// <summary>Start of every line the program prints (DeviceFirmware.HeapBudget/Reporting/BudgetReport.cs).</summary>
        public const string Prefix = "heap-budget: ";

        /// <summary>The program's last line when every step of the flow happened.</summary>
        public const string CompleteLine = Prefix + "flow complete";

        /// <summary>The program's lines, without the prefix.</summary>
        public IReadOnlyList<string> Figures => Run.Log.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(l => l.Substring(Prefix.Length))
            .ToList();

        /// <summary>
        /// True when the flow fitted: nanoCLR ended normally in time and the program said "flow complete".
        /// A crash (the host build may die instead of throwing when memory runs out), a timeout, an
        /// OutOfMemoryException (the program then prints FAILED) or any other failure is "does not fit".
        /// </summary>
        public bool Fits => !Run.TimedOut && Run.ExitCode == 0 && !Run.HasLinkFailure
            && Run.Log.Split('\n').Any(l => l.TrimEnd('\r') == CompleteLine);

        /// <summary>Why the flow did not fit (empty when it did).</summary>
        public string Failure
        {
            get
            {
                if (Fits)
                {
                    return string.Empty;
                }

                string failed = Figures.LastOrDefault(f => f.StartsWith("FAILED", StringComparison.Ordinal));
                if (failed != null)
                {
                    return failed;
                }

                string last = Figures.LastOrDefault() ?? "no figure printed";
                return Run.TimedOut ? "timed out after: " + last : $"nanoCLR ended with {Run.ExitCode} after: {last}";
            }
        }

        /// <summary>The heap in KiB.</summary>
        public int HeapKiB => HeapBytes / 1024;

        /// <summary>Free heap before the firmware was built (after the runtime and the assemblies), or null.</summary>
        public long? FreeBeforeFirmware => Figure("free before the firmware: ");

        /// <summary>The most the firmware kept alive at once at a port call, or null.</summary>
        public long? PeakLive => Figure("peak live: ");

        /// <summary>What the runtime itself uses of this heap before the firmware starts, or null.</summary>
        public long? RuntimeBytes => HeapBytes - FreeBeforeFirmware;

        private long? Figure(string label)
        {
            string line = Figures.FirstOrDefault(f => f.StartsWith(label, StringComparison.Ordinal));
            if (line == null)
            {
                return null;
            }

            string digits = new string(line.Substring(label.Length).TakeWhile(char.IsDigit).ToArray());
            return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
