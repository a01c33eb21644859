using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;

namespace DeviceFirmware.ToolchainTests.Image
{
    /// <summary>
    /// Each project (with the projects it references) pins exactly the packages its image needs: every
    /// assembly the built assemblies reference, directly or through a package's own references, read from
    /// the real libraries, is a package the projects reference, and every referenced package is needed.
    /// nanoCLR binds references on major.minor, so those must match too.
    /// </summary>
    public class PackageClosureTests
    {
        // Loaded by the test runner itself, not referenced by the test assembly.
        private static readonly string[] RunnerAssemblies = { "nanoFramework.UnitTestLauncher" };

        /// <summary>The projects of the solution.</summary>
        public static IEnumerable<object[]> Projects => DeviceSolution.Projects.Select(p => new object[] { p.Name });

        /// <summary>The packages of the project and its references are exactly the closure of the assembly references.</summary>
        [ToolchainTheory]
        [MemberData(nameof(Projects))]
        public async Task PinnedPackagesAreExactlyWhatTheImageReferences(string projectName)
        {
            NanoToolchain toolchain = NanoToolchain.Current;
            toolchain.EnsurePresent();
            IReadOnlyList<NanoProject> chain = DeviceBuild.WithDependencies(DeviceSolution.Named(projectName));
            BuiltAssembly[] built = await Task.WhenAll(chain.Select(DeviceBuild.OfAsync));
            HashSet<string> own = new HashSet<string>(built.Select(b => b.AssemblyName), StringComparer.Ordinal);
            HashSet<string> pinned = new HashSet<string>(chain.SelectMany(p => p.PackageAssemblies).Except(RunnerAssemblies), StringComparer.Ordinal);

            // Walk the references: from the built assemblies into the real libraries.
            Dictionary<string, string> neededBy = new Dictionary<string, string>(StringComparer.Ordinal) { ["mscorlib"] = "every assembly" };
            List<string> problems = new List<string>();
            Queue<(string Dll, string Name)> pending = new Queue<(string, string)>(built.Select(b => (b.Dll, b.AssemblyName)));
            while (pending.Count > 0)
            {
                (string dll, string name) = pending.Dequeue();
                foreach ((string reference, Version version) in ImageLayout.ReferencesOf(dll))
                {
                    if (own.Contains(reference) || neededBy.ContainsKey(reference))
                    {
                        continue;
                    }

                    neededBy[reference] = $"{name} (wants {version})";
                    string real = toolchain.Reference(reference);
                    if (!System.IO.File.Exists(real))
                    {
                        problems.Add($"{name} references {reference} {version}, which the toolchain does not have");
                        continue;
                    }

                    Version available = ImageLayout.VersionOf(real);
                    if (available.Major != version.Major || available.Minor != version.Minor)
                    {
                        problems.Add($"{name} wants {reference} {version}; the pinned package provides {available} (nanoCLR binds major.minor)");
                    }

                    pending.Enqueue((real, reference));
                }
            }

            foreach (string missing in neededBy.Keys.Where(n => !pinned.Contains(n)).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.Add($"{missing} is needed by {neededBy[missing]} but neither {projectName} nor a project it references has a package reference to it (.nfproj Reference + packages.config)");
            }

            foreach (string unused in pinned.Where(n => !neededBy.ContainsKey(n)).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.Add($"{unused} is pinned but nothing in the image of {projectName} references it");
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
