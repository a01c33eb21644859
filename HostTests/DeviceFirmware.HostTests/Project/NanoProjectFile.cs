using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DeviceFirmware.HostTests.Project
{
    /// <summary>A .nfproj of Firmware.sln as text facts: its Compile items, package references and settings.</summary>
    public sealed class NanoProjectFile
    {
        private NanoProjectFile(string relativePath, XDocument document)
        {
            RelativePath = relativePath;
            Document = document;
        }

        /// <summary>The path relative to the repository root, with forward slashes.</summary>
        public string RelativePath { get; }

        /// <summary>The project's XML.</summary>
        public XDocument Document { get; }

        /// <summary>The project's folder relative to the repository root, with forward slashes.</summary>
        public string Folder => Path.GetDirectoryName(RelativePath).Replace('\\', '/');

        /// <summary>The MSBuild namespace of the project.</summary>
        public XNamespace Ns => Document.Root.Name.Namespace;

        /// <summary>The project's property <paramref name="name"/>, or null.</summary>
        public string Property(string name) => Document.Descendants(Ns + name).SingleOrDefault()?.Value;

        /// <summary>True for a unit-test project.</summary>
        public bool IsTestProject => string.Equals(Property("IsTestProject"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The Compile items: Include as written and the Link metadata (null when not linked).</summary>
        public IReadOnlyList<(string Include, string Link)> CompileItems =>
            Document.Descendants(Ns + "Compile").Select(e => ((string)e.Attribute("Include"), (string)e.Element(Ns + "Link"))).ToList();

        /// <summary>The repository-relative path (forward slashes) a Compile or other Include of this project points at.</summary>
        public string Resolve(string include) =>
            Path.GetRelativePath(BuildPaths.Root, Path.GetFullPath(Path.Combine(BuildPaths.Root, Folder, include.Replace('\\', '/')))).Replace('\\', '/');

        /// <summary>The projects Firmware.sln lists.</summary>
        public static IReadOnlyList<NanoProjectFile> InSolution() =>
            Regex.Matches(File.ReadAllText(Path.Combine(BuildPaths.Root, "Firmware.sln")), "\"([^\"]+\\.nfproj)\"")
                .Select(m => Load(m.Groups[1].Value.Replace('\\', '/')))
                .ToList();

        /// <summary>Reads the project at <paramref name="relativePath"/>.</summary>
        public static NanoProjectFile Load(string relativePath) =>
            new NanoProjectFile(relativePath, XDocument.Load(Path.Combine(BuildPaths.Root, relativePath)));

        /// <inheritdoc/>
        public override string ToString() => RelativePath;
    }
}
