using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;

namespace DeviceFirmware.ToolchainTests.DeviceTests
{
    /// <summary>
    /// One run of a device test project in nanoCLR (built, loaded with its dependencies, run by the
    /// nanoFramework test launcher), shared by every test of that project in this test run.
    /// </summary>
    public sealed class DeviceTestRun
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
        private static readonly ConcurrentDictionary<string, Lazy<Task<DeviceTestRun>>> Runs =
            new ConcurrentDictionary<string, Lazy<Task<DeviceTestRun>>>(StringComparer.Ordinal);

        private DeviceTestRun(NanoClrRun run, IReadOnlyDictionary<string, DeviceTestOutcome> outcomes)
        {
            Run = run;
            Outcomes = outcomes;
        }

        /// <summary>The nanoCLR run.</summary>
        public NanoClrRun Run { get; }

        /// <summary>The launcher's result per test name (the last line wins if a name repeats).</summary>
        public IReadOnlyDictionary<string, DeviceTestOutcome> Outcomes { get; }

        /// <summary>The run of <paramref name="projectName"/>, started on first use.</summary>
        public static Task<DeviceTestRun> OfAsync(string projectName) =>
            Runs.GetOrAdd(projectName, name => new Lazy<Task<DeviceTestRun>>(() => RunAsync(DeviceSolution.Named(name)))).Value;

        /// <summary>
        /// Parses the launcher's lines: "Test passed,Namespace.Class.Method.0,12" and
        /// "Test failed,Namespace.Class.Method.0,12,message" (the ".0" is the data-row index).
        /// </summary>
        public static IReadOnlyDictionary<string, DeviceTestOutcome> Parse(string log)
        {
            Dictionary<string, DeviceTestOutcome> outcomes = new Dictionary<string, DeviceTestOutcome>(StringComparer.Ordinal);
            foreach (string line in log.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                bool passed = line.StartsWith("Test passed,", StringComparison.Ordinal);
                if (!passed && !line.StartsWith("Test failed,", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] parts = line.Split(',', 3);
                string name = parts[1];
                int row = name.LastIndexOf('.');
                if (row > 0 && name.Substring(row + 1).All(char.IsDigit))
                {
                    name = name.Substring(0, row);
                }

                outcomes[name] = new DeviceTestOutcome(name, passed, parts.Length > 2 ? parts[2] : string.Empty);
            }

            return outcomes;
        }

        private static async Task<DeviceTestRun> RunAsync(NanoProject project)
        {
            NanoToolchain.Current.EnsurePresent();
            IReadOnlyList<string> pes = await ImageLayout.PeFilesAsync(project);
            NanoClrRun run = await NanoClr.RunAsync(pes, Timeout);
            return new DeviceTestRun(run, Parse(run.Log));
        }
    }
}
