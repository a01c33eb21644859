using System;

namespace DeviceFirmware.HeapBudget.Reporting
{
    /// <summary>
    /// Prints the check's machine-readable lines, each starting with <see cref="Prefix"/>: the free heap at the
    /// start, the memory retained after each step (free at the start minus free now, both after a collection),
    /// then <see cref="CompleteText"/> or "FAILED" with the reason.
    /// </summary>
    public sealed class BudgetReport
    {
        /// <summary>Start of every line the check prints.</summary>
        public const string Prefix = "heap-budget: ";

        /// <summary>The last line of a flow in which every step happened.</summary>
        public const string CompleteText = "flow complete";

        private readonly HeapGauge _gauge;
        private long _baseline = -1;

        /// <summary>Creates the report.</summary>
        /// <param name="gauge">Measures the free heap.</param>
        public BudgetReport(HeapGauge gauge)
        {
            _gauge = gauge;
        }

        /// <summary>Measures the free heap before anything of the firmware exists; later figures are relative to it.</summary>
        public void Baseline()
        {
            _baseline = _gauge.FreeBytes();
            Console.WriteLine(Prefix + "free before the firmware: " + _baseline + " bytes");
        }

        /// <summary>Prints what the live objects retain now, relative to <see cref="Baseline"/>.</summary>
        /// <param name="moment">After what, e.g. "provisioning+exchange".</param>
        public void Retained(string moment)
        {
            long free = _gauge.FreeBytes();
            Console.WriteLine(Prefix + "retained after " + moment + ": " + (_baseline - free) + " bytes (free " + free + ")");
        }

        /// <summary>Reports the peak live heap: the free heap before the firmware minus the lowest free seen at a port call.</summary>
        /// <param name="peak">The sampler the fakes fed.</param>
        public void Peak(PeakSampler peak)
        {
            Console.WriteLine(Prefix + "peak live: " + (_baseline - peak.LowestFree) + " bytes (lowest free " + peak.LowestFree + " at " + peak.Samples + " port calls)");
        }

        /// <summary>Prints a line of context (not a figure).</summary>
        /// <param name="text">The text.</param>
        public void Note(string text)
        {
            Console.WriteLine(Prefix + text);
        }

        /// <summary>Prints that every step happened.</summary>
        public void Complete()
        {
            Console.WriteLine(Prefix + CompleteText);
        }

        /// <summary>Prints that the flow failed, and why.</summary>
        /// <param name="why">The reason.</param>
        public void Failed(string why)
        {
            Console.WriteLine(Prefix + "FAILED " + why);
        }
    }
}
