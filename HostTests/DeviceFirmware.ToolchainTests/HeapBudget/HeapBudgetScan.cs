using System.Collections.Generic;
using System.Linq;

namespace DeviceFirmware.ToolchainTests.HeapBudget
{
    /// <summary>
    /// The runs of a scan over heap sizes, and what they say. Whether a heap fits is not monotonic on this host:
    /// when a collection leaves no hole big enough, nanoCLR compacts, and compaction crashes the host build, so
    /// a slightly bigger heap can fail where a smaller one passed by luck of layout. The figure that counts is
    /// therefore <see cref="FitsFromKiB"/>: the smallest size from which every larger size of the scan passes.
    /// </summary>
    public sealed class HeapBudgetScan
    {
        /// <summary>Wraps the runs (any order).</summary>
        public HeapBudgetScan(IEnumerable<HeapBudgetRun> runs)
        {
            Runs = runs.OrderBy(r => r.HeapBytes).ToList();
        }

        /// <summary>The runs, smallest heap first.</summary>
        public IReadOnlyList<HeapBudgetRun> Runs { get; }

        /// <summary>The smallest heap at which the flow passed, or null when it passed nowhere.</summary>
        public int? SmallestPassingKiB => Runs.FirstOrDefault(r => r.Fits)?.HeapKiB;

        /// <summary>The smallest heap from which the flow passes at every larger size scanned, or null when the largest fails.</summary>
        public int? FitsFromKiB
        {
            get
            {
                int? from = null;
                for (int i = Runs.Count - 1; i >= 0 && Runs[i].Fits; i--)
                {
                    from = Runs[i].HeapKiB;
                }

                return from;
            }
        }

        /// <summary>Sizes at or above <see cref="SmallestPassingKiB"/> that did not pass (the non-monotonic band).</summary>
        public IReadOnlyList<HeapBudgetRun> FailuresAbovePassing =>
            Runs.Where(r => !r.Fits && SmallestPassingKiB.HasValue && r.HeapKiB > SmallestPassingKiB.Value).ToList();

        /// <summary>The largest heap's run (its figures are the retained memory; they do not depend on the heap size).</summary>
        public HeapBudgetRun Largest => Runs[Runs.Count - 1];
    }
}
