using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeviceFirmware.ToolchainTests.Projects;

namespace DeviceFirmware.ToolchainTests.DeviceTests
{
    /// <summary>
    /// The device tests each test project declares, read from its Compile list: every
    /// <c>[TestMethod] public static void Name()</c> of every <c>[TestClass]</c>, as the launcher names
    /// them (Namespace.Class.Method). Read from the sources, so the list exists without the toolchain;
    /// each run checks that the launcher ran exactly this list.
    /// </summary>
    public static class DeviceTestCatalog
    {
        private static readonly Regex Namespace = new Regex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline);
        private static readonly Regex TestClass = new Regex(@"\[TestClass\]\s*public\s+(?:sealed\s+|static\s+)*class\s+(\w+)");
        private static readonly Regex TestMethod = new Regex(@"\[TestMethod\]\s*public\s+static\s+void\s+(\w+)\s*\(");

        /// <summary>Full names of the tests of <paramref name="project"/>, sorted.</summary>
        public static IReadOnlyList<string> TestsOf(NanoProject project)
        {
            List<string> names = new List<string>();
            foreach (string source in project.Sources)
            {
                string text = File.ReadAllText(source);
                Match classMatch = TestClass.Match(text);
                if (!classMatch.Success)
                {
                    continue;
                }

                string prefix = Namespace.Match(text).Groups[1].Value + "." + classMatch.Groups[1].Value + ".";
                names.AddRange(TestMethod.Matches(text).Select(m => prefix + m.Groups[1].Value));
            }

            names.Sort(System.StringComparer.Ordinal);
            return names;
        }

        /// <summary>Every (project, test) pair of the solution: the data of the per-test theory.</summary>
        public static IEnumerable<object[]> AllTests() =>
            DeviceSolution.TestProjects.SelectMany(p => TestsOf(p).Select(t => new object[] { p.Name, t }));
    }
}
