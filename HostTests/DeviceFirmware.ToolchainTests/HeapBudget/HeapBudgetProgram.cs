using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;

namespace DeviceFirmware.ToolchainTests.HeapBudget
{
    /// <summary>
    /// The heap-budget program (DeviceFirmware.HeapBudget: the portable FirmwareApp on lean fakes through the
    /// full flow), built with the real toolchain and run in nanoCLR at chosen heap sizes.
    /// </summary>
    public static class HeapBudgetProgram
    {
        /// <summary>The program's project in Firmware.sln.</summary>
        public const string ProjectName = "DeviceFirmware.HeapBudget";

        // One flow takes well under a second; a run that hangs is stopped and counts as "does not fit".
        private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(20);

        /// <summary>The project.</summary>
        public static NanoProject Project => DeviceSolution.Named(ProjectName);

        /// <summary>Builds the program and runs it once per heap size (a few at a time), in the order given.</summary>
        public static async Task<IReadOnlyList<HeapBudgetRun>> RunAtAsync(IEnumerable<int> heapBytes)
        {
            IReadOnlyList<string> pes = await ImageLayout.PeFilesAsync(Project);
            using SemaphoreSlim slots = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
            IEnumerable<Task<HeapBudgetRun>> runs = heapBytes.Select(async heap =>
            {
                await slots.WaitAsync();
                try
                {
                    return new HeapBudgetRun(heap, await NanoClr.RunAsync(pes, RunTimeout, heap));
                }
                finally
                {
                    slots.Release();
                }
            }).ToList();
            return await Task.WhenAll(runs);
        }
    }
}
