using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.ToolchainTests.HeapBudget
{
    /// <summary>
    /// Will the firmware fit a board's heap? ESP32 images with Bluetooth leave about 49-54 KB of managed heap;
    /// this host is 64-bit, so its figures are upper bounds. The heap-budget program runs the firmware's full
    /// flow (provisioning, code exchange, refresh, order) at every heap size of the scan.
    /// <para>
    /// What is asserted: the heap the flow needs, the runtime's own use before the firmware starts plus the
    /// firmware's peak live heap (the most it keeps alive at once, sampled with a collection at every port
    /// call), stays within <see cref="BudgetKiB"/>. What is only reported: the smallest heap at which the flow
    /// completes here. On the device the runtime compacts the heap when a free block is too fragmented for an
    /// allocation; this host build of nanoCLR crashes in the first compaction (a segmentation fault in
    /// Execute_IL right after CLR_RT_GarbageCollector::ExecuteCompaction, seen under gdb), so completion here
    /// means "never needed a compaction", which depends on where blocks happen to fall: 70 KiB completes
    /// while 72 KiB crashes. That figure is not monotonic, so it cannot be a budget.
    /// </para>
    /// </summary>
    public class HeapBudgetTests
    {
        /// <summary>The budget on this host, in KiB.</summary>
        public const int BudgetKiB = 64;

        /// <summary>The smallest heap scanned, in KiB.</summary>
        public const int FromKiB = 32;

        /// <summary>The largest heap scanned, in KiB.</summary>
        public const int ToKiB = 256;

        /// <summary>The step of the scan, in KiB.</summary>
        public const int StepKiB = 2;

        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test with xunit's output.</summary>
        public HeapBudgetTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>The full flow fits in <see cref="BudgetKiB"/> KiB of managed heap and every size above it.</summary>
        [ToolchainFact]
        public async Task TheFullFlowFitsTheHeapBudget()
        {
            NanoToolchain.Current.EnsurePresent();
            Stopwatch watch = Stopwatch.StartNew();
            List<int> sizes = Enumerable.Range(0, ((ToKiB - FromKiB) / StepKiB) + 1).Select(i => (FromKiB + (i * StepKiB)) * 1024).ToList();
            HeapBudgetScan scan = new HeapBudgetScan(await HeapBudgetProgram.RunAtAsync(sizes));
            watch.Stop();

            string report = Report(scan, watch.Elapsed.TotalSeconds);
            _output.WriteLine(report);
            DeviceBuild.WriteReport("heap-budget.txt", report);

            HeapBudgetRun largest = scan.Largest;
            Assert.True(largest.Fits, $"the flow does not complete even at {ToKiB} KiB: {largest.Failure}\n{largest.Run.Tail}");
            Assert.True(largest.PeakLive.HasValue && largest.RuntimeBytes.HasValue, "the heap-budget program printed no peak or baseline figure\n" + report);
            long needed = largest.RuntimeBytes.Value + largest.PeakLive.Value;
            Assert.True(needed <= BudgetKiB * 1024,
                $"the full flow needs {needed:N0} bytes of managed heap on this host (runtime {largest.RuntimeBytes:N0} + firmware peak {largest.PeakLive:N0}), over the budget of {BudgetKiB} KiB: see what the firmware keeps alive and allocates\n{report}");
        }

        private static string Report(HeapBudgetScan scan, double seconds)
        {
            StringBuilder text = new StringBuilder();
            HeapBudgetRun largest = scan.Largest;
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "heap budget: {0} KiB on this 64-bit host (boards with BLE: about 49-54 KB)", BudgetKiB));
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "needed: {0:N0} bytes = runtime before the firmware {1:N0} + firmware peak live {2:N0} (asserted)",
                largest.RuntimeBytes + largest.PeakLive, largest.RuntimeBytes, largest.PeakLive));
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "completes without a compaction from: {0} KiB (every size scanned above it completes; reported only)", Show(scan.FitsFromKiB)));
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "smallest completing: {0} KiB", Show(scan.SmallestPassingKiB)));
            if (scan.FailuresAbovePassing.Count > 0)
            {
                text.AppendLine("crashed above the smallest completing size (the host build crashes in a heap compaction):");
                foreach (HeapBudgetRun run in scan.FailuresAbovePassing)
                {
                    text.AppendLine(string.Format(CultureInfo.InvariantCulture, "  {0} KiB: {1}", run.HeapKiB, run.Failure));
                }
            }

            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "figures of the run at {0} KiB:", scan.Largest.HeapKiB));
            foreach (string figure in scan.Largest.Figures)
            {
                text.AppendLine("  " + figure);
            }

            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "scan: {0} runs from {1} to {2} KiB in {3} KiB steps, {4:F1} s (build included)",
                scan.Runs.Count, FromKiB, ToKiB, StepKiB, seconds));
            return text.ToString();
        }

        private static string Show(int? kib) => kib.HasValue ? kib.Value.ToString(CultureInfo.InvariantCulture) : "none";
    }
}
