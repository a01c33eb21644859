using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

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

        /// <summary>Reads a .nfproj.</summary>
        public static NanoProject Load(string path)
        {
            XDocument doc = XDocument.Load(path);
            XNamespace ns = doc.Root.Name.Namespace;
            string folder = System.IO.Path.GetDirectoryName(path);
            string Resolve(string include) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, include.Replace('\\', '/')));

            string assembly = doc.Descendants(ns + "AssemblyName").Single().Value;
            bool exe = string.Equals(doc.Descendants(ns + "OutputType").Single().Value, "Exe", StringComparison.OrdinalIgnoreCase);
            bool test = string.Equals(doc.Descendants(ns + "IsTestProject").SingleOrDefault()?.Value, "true", StringComparison.OrdinalIgnoreCase);
            List<string> sources = doc.Descendants(ns + "Compile").Select(e => Resolve((string)e.Attribute("Include"))).ToList();
            List<string> packages = doc.Descendants(ns + "Reference")
                .Select(e => (string)e.Element(ns + "HintPath"))
                .Where(h => h != null)
                .Select(h => System.IO.Path.GetFileNameWithoutExtension(h.Replace('\\', '/')))
                .ToList();
            List<string> projects = doc.Descendants(ns + "ProjectReference").Select(e => Resolve((string)e.Attribute("Include"))).ToList();
            return new NanoProject(System.IO.Path.GetFullPath(path), System.IO.Path.GetFileNameWithoutExtension(path), assembly, exe, test, sources, packages, projects);
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
