using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeviceFirmware.HostTests;
using DeviceFirmware.HostTests.Project;

namespace DeviceFirmware.ToolchainTests.Projects
{
    /// <summary>
    /// One nanoFramework project (.nfproj) as Visual Studio builds it: its assembly, its Compile list,
    /// the package assemblies it references (by HintPath) and the projects it references.
    /// </summary>
    public sealed class NanoProject
    {
        private NanoProject(string path, string name, string assemblyName, bool isExe, bool isTestProject,
            IReadOnlyList<string> sources, IReadOnlyList<string> packageAssemblies, IReadOnlyList<string> projectReferences)
        {
            Path = path;
            Name = name;
            AssemblyName = assemblyName;
            IsExe = isExe;
            IsTestProject = isTestProject;
            Sources = sources;
            PackageAssemblies = packageAssemblies;
            ProjectReferences = projectReferences;
        }

        /// <summary>The .nfproj file (absolute).</summary>
        public string Path { get; }

        /// <summary>The project name (file name without extension).</summary>
        public string Name { get; }

        /// <summary>The assembly it builds (NFUnitTest for every test project).</summary>
        public string AssemblyName { get; }

        /// <summary>True for the application (OutputType Exe).</summary>
        public bool IsExe { get; }

        /// <summary>True for a unit-test project (IsTestProject).</summary>
        public bool IsTestProject { get; }

        /// <summary>The Compile items, as absolute paths.</summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>Assembly names of the package references (file names of the HintPaths, e.g. System.Net).</summary>
        public IReadOnlyList<string> PackageAssemblies { get; }

        /// <summary>Referenced .nfproj files (absolute).</summary>
        public IReadOnlyList<string> ProjectReferences { get; }

        /// <summary>The project's folder.</summary>
        public string Folder => System.IO.Path.GetDirectoryName(Path);

        /// <summary>The build facts of a .nfproj of Firmware.sln.</summary>
        /// <param name="file">The project as the host tests read it.</param>
        /// <returns>The project.</returns>
        public static NanoProject From(NanoProjectFile file)
        {
            string Full(string include) => System.IO.Path.GetFullPath(System.IO.Path.Combine(BuildPaths.Root, file.Resolve(include)));

            bool exe = string.Equals(file.Property("OutputType"), "Exe", StringComparison.OrdinalIgnoreCase);
            List<string> sources = file.CompileItems.Select(i => Full(i.Include)).ToList();
            List<string> packages = file.Document.Descendants(file.Ns + "Reference")
                .Select(e => (string)e.Element(file.Ns + "HintPath"))
                .Where(h => h != null)
                .Select(h => System.IO.Path.GetFileNameWithoutExtension(h.Replace('\\', '/')))
                .ToList();
            List<string> projects = file.Document.Descendants(file.Ns + "ProjectReference").Select(e => Full((string)e.Attribute("Include"))).ToList();
            string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(BuildPaths.Root, file.RelativePath));
            return new NanoProject(path, System.IO.Path.GetFileNameWithoutExtension(path), file.Property("AssemblyName"), exe, file.IsTestProject, sources, packages, projects);
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
