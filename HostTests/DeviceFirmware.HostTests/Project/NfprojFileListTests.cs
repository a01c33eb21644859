using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace DeviceFirmware.HostTests.Project
{
    /// <summary>
    /// The nanoFramework project system lists source files one by one; these tests keep those lists
    /// equal to the files on disk, so the device build compiles exactly what the contract and host builds check.
    /// </summary>
    public class NfprojFileListTests
    {
        private const string FirmwareProject = "DeviceFirmware/DeviceFirmware.nfproj";
        private const string TestsProject = "DeviceFirmware.Tests/DeviceFirmware.Tests.nfproj";

        [Fact]
        public void FirmwareProjectCompilesEveryFirmwareSource()
        {
            var listed = CompileItems(FirmwareProject).Where(i => i.Link == null).Select(i => i.Include);
            AssertSameFiles(SourcesUnder("DeviceFirmware", portableOnly: false), listed, FirmwareProject, include => include);
        }

        [Fact]
        public void TestProjectCompilesEveryTestSource()
        {
            var listed = CompileItems(TestsProject).Where(i => i.Link == null).Select(i => i.Include);
            AssertSameFiles(SourcesUnder("DeviceFirmware.Tests", portableOnly: false), listed, TestsProject, include => include);
        }

        [Fact]
        public void TestProjectLinksExactlyThePortableFirmwareSources()
        {
            // The host build compiles the same set: everything but the ESP32 adapters and Program.cs.
            var linked = CompileItems(TestsProject).Where(i => i.Link != null).ToList();
            foreach (var item in linked)
            {
                Assert.True(item.Include.StartsWith(@"..\DeviceFirmware\", StringComparison.Ordinal), $"{TestsProject}: link outside DeviceFirmware: {item.Include}");
                Assert.Equal(@"Firmware\" + item.Include.Substring(@"..\DeviceFirmware\".Length), item.Link);
            }

            var listed = linked.Select(i => i.Include.Substring(@"..\DeviceFirmware\".Length));
            AssertSameFiles(SourcesUnder("DeviceFirmware", portableOnly: true), listed, TestsProject,
                include => $"<Compile Include=\"..\\DeviceFirmware\\{include}\"><Link>Firmware\\{include}</Link></Compile>");
        }

        internal static List<(string Include, string Link)> CompileItems(string project)
        {
            XDocument doc = XDocument.Load(Path.Combine(BuildPaths.Root, project));
            XNamespace ns = doc.Root.Name.Namespace;
            return doc.Descendants(ns + "Compile")
                .Select(e => ((string)e.Attribute("Include"), (string)e.Element(ns + "Link")))
                .ToList();
        }

        private static SortedSet<string> SourcesUnder(string folder, bool portableOnly)
        {
            string root = Path.Combine(BuildPaths.Root, folder);
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '\\');
                if (relative.StartsWith(@"bin\", StringComparison.Ordinal) || relative.StartsWith(@"obj\", StringComparison.Ordinal))
                {
                    continue;
                }

                if (portableOnly && (relative.StartsWith(@"Esp32\", StringComparison.Ordinal) || relative == "Program.cs"))
                {
                    continue;
                }

                files.Add(relative);
            }

            return files;
        }

        private static void AssertSameFiles(SortedSet<string> onDisk, IEnumerable<string> listed, string project, Func<string, string> itemFor)
        {
            var listedSet = new SortedSet<string>(listed, StringComparer.Ordinal);
            var missing = onDisk.Except(listedSet).ToList();
            var stale = listedSet.Except(onDisk).ToList();
            Assert.True(missing.Count == 0 && stale.Count == 0,
                $"{project} is out of date.\nAdd:\n  {string.Join("\n  ", missing.Select(itemFor))}\nRemove (no such file):\n  {string.Join("\n  ", stale)}");
        }
    }
}
