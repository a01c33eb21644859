using System;
using DeviceFirmware.App;
using DeviceFirmware.HeapBudget.Flow;
using DeviceFirmware.HeapBudget.Reporting;

namespace DeviceFirmware.HeapBudget
{
    /// <summary>
    /// The heap-budget check: runs the portable firmware through its full flow on lean port fakes and prints
    /// machine-readable "heap-budget:" lines (retained memory per step, then "flow complete" or "FAILED why").
    /// The real-toolchain stage runs it in nanoCLR at decreasing heap sizes to find the smallest that fits.
    /// </summary>
    public class Program
    {
        /// <summary>Entry point called by nanoCLR.</summary>
        public static void Main()
        {
            HeapGauge gauge = new HeapGauge();
            BudgetReport report = new BudgetReport(gauge);
            try
            {
                new FullFlow(report, new PeakSampler(gauge)).Run();
                report.Complete();
            }
            catch (Exception e)
            {
                // Out of memory included: any failure means the flow does not fit or does not work.
                report.Failed(ExceptionSummary.Describe(e));
            }
        }
    }
}
