using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace DeviceFirmware.HostTests.Project
{
    /// <summary>
    /// Every nanoFramework package a device project references is pinned, once, in its packages.config,
    /// and the pinned set is exactly what the matching contract build compiles against.
    /// </summary>
    public class PackagesConfigTests
    {
        [Theory]
        [InlineData("ContractBuild/DeviceFirmware.Contract/DeviceFirmware.Contract.csproj", "DeviceFirmware/packages.config")]
        [InlineData("ContractBuild/DeviceFirmware.Tests.Contract/DeviceFirmware.Tests.Contract.csproj", "DeviceFirmware.Tests/packages.config")]
        public void PackagesConfigPinsExactlyTheDeclaredContracts(string contractProject, string packagesConfig)
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal) { "nanoFramework.CoreLibrary " + CoreLibraryVersion() };
            AddContractPackages(Path.Combine(BuildPaths.Root, contractProject), expected, new HashSet<string>());

            var pinned = new SortedSet<string>(
                XDocument.Load(Path.Combine(BuildPaths.Root, packagesConfig)).Root.Elements("package")
                    .Select(p => (string)p.Attribute("id") + " " + (string)p.Attribute("version")),
                StringComparer.Ordinal);
            Assert.True(expected.SetEquals(pinned),
                $"{packagesConfig} must pin exactly what {contractProject} compiles against.\nexpected: {string.Join(", ", expected)}\npinned:   {string.Join(", ", pinned)}");
        }

        private static string CoreLibraryVersion()
        {
            XDocument props = XDocument.Load(Path.Combine(BuildPaths.Root, "build", "NanoFramework.Reference.props"));
            return props.Descendants("NanoCoreLibraryVersion").Single().Value;
        }

        private static void AddContractPackages(string project, ISet<string> packages, ISet<string> visited)
        {
            if (!visited.Add(Path.GetFullPath(project)))
            {
                return;
            }

            XDocument doc = XDocument.Load(project);
            string id = doc.Descendants("NanoPackageId").SingleOrDefault()?.Value;
            string version = doc.Descendants("NanoPackageVersion").SingleOrDefault()?.Value;
            if (id != null)
            {
                packages.Add(id + " " + version);
            }

            foreach (var reference in doc.Descendants("ProjectReference"))
            {
                // Contract build projects reference only contracts, and contracts only each other.
                string include = ((string)reference.Attribute("Include")).Replace('\\', '/');
                AddContractPackages(Path.Combine(Path.GetDirectoryName(project), include), packages, visited);
            }
        }

        [Theory]
        [InlineData("DeviceFirmware/DeviceFirmware.nfproj", "DeviceFirmware/packages.config")]
        [InlineData("DeviceFirmware.Tests/DeviceFirmware.Tests.nfproj", "DeviceFirmware.Tests/packages.config")]
        public void HintPathsAndPackagesConfigAgree(string project, string packagesConfig)
        {
            var pinned = XDocument.Load(Path.Combine(BuildPaths.Root, packagesConfig)).Root.Elements("package")
                .Select(p => ((string)p.Attribute("id"), (string)p.Attribute("version")))
                .ToList();
            Assert.Equal(pinned.Count, pinned.Select(p => p.Item1).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var package in XDocument.Load(Path.Combine(BuildPaths.Root, packagesConfig)).Root.Elements("package"))
            {
                Assert.Equal("netnano1.0", (string)package.Attribute("targetFramework"));
            }

            XDocument doc = XDocument.Load(Path.Combine(BuildPaths.Root, project));
            XNamespace ns = doc.Root.Name.Namespace;
            var used = new HashSet<(string, string)>();
            foreach (var reference in doc.Descendants(ns + "Reference"))
            {
                string hint = (string)reference.Element(ns + "HintPath");
                Match m = Regex.Match(hint ?? string.Empty, @"^(\.\.\\)+packages\\(?<id>[A-Za-z.]+?)\.(?<version>\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?)\\lib\\");
                Assert.True(m.Success, $"{project}: reference {(string)reference.Attribute("Include")} has no HintPath into packages\\<id>.<version>\\lib\\");
                var package = (m.Groups["id"].Value, m.Groups["version"].Value);
                Assert.True(pinned.Contains(package), $"{project}: {package.Item1} {package.Item2} is referenced but {packagesConfig} does not pin it");
                used.Add(package);
            }

            var unused = pinned.Where(p => !used.Contains(p)).ToList();
            Assert.True(unused.Count == 0, $"{packagesConfig} pins packages {project} never references: {string.Join(", ", unused)}");
        }
    }
}
