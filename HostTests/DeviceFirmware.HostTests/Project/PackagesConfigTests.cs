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
    /// and the pinned sets are what the matching contract build compiles against (plus the run-time
    /// dependencies of those packages, which the real-toolchain stage derives from the real libraries).
    /// </summary>
    public class PackagesConfigTests
    {
        /// <summary>
        /// Packages the firmware does not call but the image needs at run time: System.Device.Gpio and
        /// System.Net reference nanoFramework.Runtime.Events, nanoFramework.Device.Bluetooth references
        /// nanoFramework.System.Collections. A missing one is a "Link failure" at boot
        /// (HostTests/DeviceFirmware.ToolchainTests/Image/PackageClosureTests.cs proves the set exact).
        /// </summary>
        private static readonly string[] RunTimeDependencies =
        {
            "nanoFramework.Runtime.Events 1.11.37",
            "nanoFramework.System.Collections 1.5.67",
        };

        public static IEnumerable<object[]> Projects => NanoProjectFile.InSolution().Select(p => new object[] { p.RelativePath });

        [Fact]
        public void ImagePinsTheContractPackagesAndTheirRunTimeDependencies()
        {
            var expected = ContractPackages("ContractBuild/DeviceFirmware.Contract/DeviceFirmware.Contract.csproj");
            expected.UnionWith(RunTimeDependencies);
            var pinned = Pinned("DeviceFirmware/packages.config");
            pinned.UnionWith(Pinned("DeviceFirmware.Portable/packages.config"));
            Assert.True(expected.SetEquals(pinned),
                $"DeviceFirmware and DeviceFirmware.Portable must pin exactly what ContractBuild/DeviceFirmware.Contract compiles against plus {string.Join(", ", RunTimeDependencies)}." +
                $"\nexpected: {string.Join(", ", expected)}\npinned:   {string.Join(", ", pinned)}");
        }

        [Fact]
        public void PortableLibraryPinsOnlyTheBaseLibraries()
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal) { "nanoFramework.CoreLibrary " + CoreLibraryVersion() };
            expected.UnionWith(ContractPackages("Contracts/nanoFramework.System.Text/nanoFramework.System.Text.csproj"));
            var pinned = Pinned("DeviceFirmware.Portable/packages.config");
            Assert.True(expected.SetEquals(pinned), $"the portable library must not depend on hardware packages.\nexpected: {string.Join(", ", expected)}\npinned:   {string.Join(", ", pinned)}");
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void TestProjectsPinWhatTheTestContractBuildCompilesAgainst(string project)
        {
            NanoProjectFile file = NanoProjectFile.Load(project);
            if (!file.Folder.StartsWith("DeviceFirmware.Tests/", StringComparison.Ordinal))
            {
                return;
            }

            var expected = ContractPackages("ContractBuild/DeviceFirmware.Tests.Contract/DeviceFirmware.Tests.Contract.csproj");
            var pinned = Pinned(file.Folder + "/packages.config");
            Assert.True(expected.SetEquals(pinned), $"{project}\nexpected: {string.Join(", ", expected)}\npinned:   {string.Join(", ", pinned)}");
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void HintPathsReferenceVersionsAndPackagesConfigAgree(string project)
        {
            NanoProjectFile file = NanoProjectFile.Load(project);
            string packagesConfig = file.Folder + "/packages.config";
            var packages = XDocument.Load(Path.Combine(BuildPaths.Root, packagesConfig)).Root.Elements("package").ToList();
            var pinned = packages.Select(p => ((string)p.Attribute("id"), (string)p.Attribute("version"))).ToList();
            Assert.Equal(pinned.Count, pinned.Select(p => p.Item1).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var package in packages)
            {
                Assert.Equal("netnano1.0", (string)package.Attribute("targetFramework"));
            }

            var used = new HashSet<(string, string)>();
            foreach (var reference in file.Document.Descendants(file.Ns + "Reference"))
            {
                string include = (string)reference.Attribute("Include");
                string hint = (string)reference.Element(file.Ns + "HintPath");
                Match m = Regex.Match(hint ?? string.Empty, @"^(\.\.\\)+packages\\(?<id>[A-Za-z.]+?)\.(?<version>\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?)\\lib\\");
                Assert.True(m.Success, $"{project}: reference {include} has no HintPath into packages\\<id>.<version>\\lib\\");
                Assert.Equal(file.Folder.Split('/').Length, Regex.Matches(hint, @"\.\.\\").Count);
                var package = (m.Groups["id"].Value, m.Groups["version"].Value);
                Assert.True(pinned.Contains(package), $"{project}: {package.Item1} {package.Item2} is referenced but {packagesConfig} does not pin it");

                // The assembly version in the reference is the package's (the launcher is versioned 0.0.0.0).
                Match version = Regex.Match(include, @"Version=(?<v>\d+\.\d+\.\d+)\.\d+");
                Assert.True(version.Success, $"{project}: reference {include} names no version");
                if (!include.StartsWith("nanoFramework.UnitTestLauncher,", StringComparison.Ordinal))
                {
                    Assert.True(version.Groups["v"].Value == package.Item2, $"{project}: {include} does not match package {package.Item1} {package.Item2}");
                }

                used.Add(package);
            }

            var unused = pinned.Where(p => !used.Contains(p)).ToList();
            Assert.True(unused.Count == 0, $"{packagesConfig} pins packages {project} never references: {string.Join(", ", unused)}");
        }

        private static SortedSet<string> Pinned(string packagesConfig) =>
            new SortedSet<string>(
                XDocument.Load(Path.Combine(BuildPaths.Root, packagesConfig)).Root.Elements("package")
                    .Select(p => (string)p.Attribute("id") + " " + (string)p.Attribute("version")),
                StringComparer.Ordinal);

        private static SortedSet<string> ContractPackages(string contractProject)
        {
            var packages = new SortedSet<string>(StringComparer.Ordinal) { "nanoFramework.CoreLibrary " + CoreLibraryVersion() };
            AddContractPackages(Path.Combine(BuildPaths.Root, contractProject), packages, new HashSet<string>());
            return packages;
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
    }
}
