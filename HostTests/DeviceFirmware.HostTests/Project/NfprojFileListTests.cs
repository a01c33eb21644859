using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace DeviceFirmware.HostTests.Project
{
    /// <summary>
    /// The nanoFramework project system lists source files one by one; these tests keep those lists equal
    /// to the files on disk, so the device builds compile exactly what the contract and host builds check:
    /// every device source belongs to exactly one .nfproj of Firmware.sln.
    /// </summary>
    public class NfprojFileListTests
    {
        private const string Application = "DeviceFirmware/DeviceFirmware.nfproj";
        private const string Portable = "DeviceFirmware.Portable/DeviceFirmware.Portable.nfproj";

        [Fact]
        public void SolutionListsEveryNanoProjectOnDisk()
        {
            var listed = NanoProjectFile.InSolution().Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal);
            var onDisk = Directory.EnumerateFiles(BuildPaths.Root, "*.nfproj", SearchOption.AllDirectories)
                .Select(Relative)
                .Where(p => !IsBuildOutput(p))
                .ToList();
            var missing = onDisk.Where(p => !listed.Contains(p)).ToList();
            Assert.True(missing.Count == 0, $"Firmware.sln does not list: {string.Join(", ", missing)}");
            Assert.Contains(Application, listed);
            Assert.Contains(Portable, listed);
        }

        [Fact]
        public void EveryDeviceSourceIsCompiledByExactlyOneProject()
        {
            var projects = NanoProjectFile.InSolution();
            var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var stale = new List<string>();
            foreach (NanoProjectFile project in projects)
            {
                foreach ((string include, string _) in project.CompileItems)
                {
                    string path = project.Resolve(include);
                    if (!File.Exists(Path.Combine(BuildPaths.Root, path)))
                    {
                        stale.Add($"{project}: {include}");
                    }

                    owners.TryAdd(path, new List<string>());
                    owners[path].Add(project.RelativePath);
                }
            }

            // The device sources: everything under the folders of the .nfproj files (and DeviceFirmware.Tests/).
            var roots = projects.Select(p => p.Folder).Append("DeviceFirmware.Tests").Distinct().ToList();
            var onDisk = roots
                .SelectMany(r => Directory.EnumerateFiles(Path.Combine(BuildPaths.Root, r), "*.cs", SearchOption.AllDirectories))
                .Select(Relative)
                .Where(p => !IsBuildOutput(p))
                .Distinct()
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
            var unlisted = onDisk.Where(p => !owners.ContainsKey(p)).Select(p => $"{p} (add to {OwnerFor(p, projects)})").ToList();
            var twice = owners.Where(o => o.Value.Count > 1).Select(o => $"{o.Key}: {string.Join(", ", o.Value)}").ToList();
            Assert.True(unlisted.Count == 0 && stale.Count == 0 && twice.Count == 0,
                $"The .nfproj Compile lists are out of date.\nNot compiled by any project:\n  {string.Join("\n  ", unlisted)}" +
                $"\nListed but no such file:\n  {string.Join("\n  ", stale)}\nCompiled by more than one project:\n  {string.Join("\n  ", twice)}");
        }

        [Fact]
        public void ApplicationHoldsOnlyTheCompositionRootAndTheEsp32Adapters()
        {
            foreach ((string include, string link) in NanoProjectFile.Load(Application).CompileItems)
            {
                Assert.Null(link);
                Assert.True(include == "Program.cs" || include.StartsWith(@"Esp32\", StringComparison.Ordinal),
                    $"{Application} compiles {include}: portable code belongs in {Portable}");
            }
        }

        [Fact]
        public void PortableLibraryLinksTheOtherFirmwareSourcesInPlace()
        {
            foreach ((string include, string link) in NanoProjectFile.Load(Portable).CompileItems)
            {
                Assert.True(include.StartsWith(@"..\DeviceFirmware\", StringComparison.Ordinal), $"{Portable}: {include} is not a firmware source");
                string relative = include.Substring(@"..\DeviceFirmware\".Length);
                Assert.False(relative == "Program.cs" || relative.StartsWith(@"Esp32\", StringComparison.Ordinal),
                    $"{Portable} links {include}: hardware code stays in {Application}");

                // Visual Studio shows the linked files in the same folders as on disk.
                Assert.Equal(relative, link);
            }
        }

        [Fact]
        public void EveryTestProjectIsANanoUnitTestProjectWithRunSettings()
        {
            var tests = NanoProjectFile.InSolution().Where(p => p.IsTestProject).ToList();
            Assert.NotEmpty(tests);
            foreach (NanoProjectFile project in tests)
            {
                Assert.Equal("NFUnitTest", project.Property("AssemblyName"));
                Assert.Equal(@"$(MSBuildProjectDirectory)\nano.runsettings", project.Property("RunSettingsFilePath"));
                string settings = File.ReadAllText(Path.Combine(BuildPaths.Root, project.Folder, "nano.runsettings"));
                Assert.Contains("<IsRealHardware>False</IsRealHardware>", settings);
            }
        }

        private static string OwnerFor(string path, IReadOnlyList<NanoProjectFile> projects)
        {
            if (path.StartsWith("DeviceFirmware/", StringComparison.Ordinal))
            {
                string relative = path.Substring("DeviceFirmware/".Length);
                return relative == "Program.cs" || relative.StartsWith("Esp32/", StringComparison.Ordinal)
                    ? $"{Application} as <Compile Include=\"{relative.Replace('/', '\\')}\" />"
                    : $"{Portable} as <Compile Include=\"..\\DeviceFirmware\\{relative.Replace('/', '\\')}\"><Link>{relative.Replace('/', '\\')}</Link></Compile>";
            }

            NanoProjectFile nearest = projects
                .Where(p => path.StartsWith(p.Folder + "/", StringComparison.Ordinal))
                .OrderByDescending(p => p.Folder.Length)
                .FirstOrDefault();
            return nearest == null
                ? "a project of Firmware.sln"
                : $"{nearest} as <Compile Include=\"{path.Substring(nearest.Folder.Length + 1).Replace('/', '\\')}\" />";
        }

        private static string Relative(string path) => Path.GetRelativePath(BuildPaths.Root, path).Replace('\\', '/');

        private static bool IsBuildOutput(string relative) => relative.Split('/').Any(part => part == "bin" || part == "obj");
    }
}
