using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;

namespace DeviceFirmware.ToolchainTests.DeviceTests
{
    /// <summary>Every device unit test, run in the real nanoCLR: one xunit case per device test.</summary>
    public class DeviceTestsInNanoClrTests
    {
        /// <summary>The device tests of every test project.</summary>
        public static IEnumerable<object[]> Tests => DeviceTestCatalog.AllTests();

        /// <summary>The test passes in nanoCLR (its project built, linked and ran to the end).</summary>
        [ToolchainTheory]
        [MemberData(nameof(Tests))]
        public async Task PassesInNanoClr(string project, string test)
        {
            DeviceTestRun run = await DeviceTestRun.OfAsync(project);
            Assert.False(run.Run.HasLinkFailure, $"{project} does not link in nanoCLR:\n{run.Run.Tail}");
            Assert.True(run.Outcomes.TryGetValue(test, out DeviceTestOutcome outcome),
                $"{test} has no result in the nanoCLR run of {project} (exit {run.Run.ExitCode}{(run.Run.TimedOut ? ", timed out" : string.Empty)}); last lines:\n{run.Run.Tail}");
            Assert.True(outcome.Passed, $"{test} failed in nanoCLR: {outcome.Detail}");
        }

        /// <summary>Each project's run ends normally and runs exactly the tests its sources declare.</summary>
        [ToolchainTheory]
        [MemberData(nameof(Projects))]
        public async Task RunsExactlyTheDeclaredTestsAndEndsNormally(string project)
        {
            DeviceTestRun run = await DeviceTestRun.OfAsync(project);
            Assert.False(run.Run.TimedOut, $"{project} timed out in nanoCLR; last lines:\n{run.Run.Tail}");
            Assert.True(run.Run.ExitCode == 0, $"nanoCLR ended with {run.Run.ExitCode} for {project}; last lines:\n{run.Run.Tail}");
            IReadOnlyList<string> declared = DeviceTestCatalog.TestsOf(DeviceSolution.Named(project));
            List<string> unexpected = run.Outcomes.Keys.Except(declared).ToList();
            List<string> missing = declared.Except(run.Outcomes.Keys).ToList();
            Assert.True(unexpected.Count == 0 && missing.Count == 0,
                $"{project}: the launcher ran tests the sources do not declare: [{string.Join(", ", unexpected)}]; declared but not run: [{string.Join(", ", missing)}]");
        }

        /// <summary>The test projects of the solution.</summary>
        public static IEnumerable<object[]> Projects => DeviceSolution.TestProjects.Select(p => new object[] { p.Name });
    }
}
