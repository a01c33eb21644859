using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;

namespace DeviceFirmware.ToolchainTests.Build
{
    /// <summary>
    /// The .pe files nanoCLR loads for a project, as a board gets them: mscorlib, the test launcher and
    /// framework for a test project, every package assembly of the project and of the projects it references,
    /// the referenced projects' assemblies, then the project's own; each after the assemblies it references.
    /// </summary>
    public static class ImageLayout
    {
        private static readonly string[] TestRunner = { "nanoFramework.UnitTestLauncher", "nanoFramework.TestFramework" };

        /// <summary>Builds <paramref name="project"/> and its references and returns the .pe files in load order.</summary>
        public static async Task<IReadOnlyList<string>> PeFilesAsync(NanoProject project)
        {
            IReadOnlyList<NanoProject> chain = DeviceBuild.WithDependencies(project);
            BuiltAssembly[] built = await Task.WhenAll(chain.Select(DeviceBuild.OfAsync));
            NanoToolchain toolchain = NanoToolchain.Current;

            List<string> packages = chain.SelectMany(p => p.PackageAssemblies)
                .Where(a => a != "mscorlib" && !TestRunner.Contains(a))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            List<string> files = new List<string> { toolchain.Pe("mscorlib") };
            if (project.IsTestProject)
            {
                files.AddRange(TestRunner.Select(toolchain.Pe));
            }

            files.AddRange(InReferenceOrder(packages).Select(toolchain.Pe));
            files.AddRange(built.Select(b => b.Pe));
            return files;
        }

        /// <summary>The names of the assemblies <paramref name="dll"/> references.</summary>
        public static IReadOnlyList<(string Name, Version Version)> ReferencesOf(string dll)
        {
            using FileStream stream = File.OpenRead(dll);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .Select(r => (reader.GetString(r.Name), r.Version))
                .ToList();
        }

        /// <summary>The version of the assembly <paramref name="dll"/> declares.</summary>
        public static Version VersionOf(string dll)
        {
            using FileStream stream = File.OpenRead(dll);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            return reader.GetAssemblyDefinition().Version;
        }

        private static IEnumerable<string> InReferenceOrder(IReadOnlyCollection<string> assemblies)
        {
            NanoToolchain toolchain = NanoToolchain.Current;
            List<string> ordered = new List<string>();
            void Visit(string name, int depth)
            {
                if (ordered.Contains(name) || !assemblies.Contains(name))
                {
                    return;
                }

                if (depth > assemblies.Count)
                {
                    throw new InvalidOperationException("assembly reference cycle at " + name);
                }

                foreach ((string reference, Version _) in ReferencesOf(toolchain.Reference(name)))
                {
                    Visit(reference, depth + 1);
                }

                ordered.Add(name);
            }

            foreach (string name in assemblies.OrderBy(a => a, StringComparer.Ordinal))
            {
                Visit(name, 0);
            }

            return ordered;
        }
    }
}
