using System;
using System.Collections.Generic;
using System.Linq;
using DeviceFirmware.HostTests.Project;

namespace DeviceFirmware.ToolchainTests.Projects
{
    /// <summary>The nanoFramework projects of Firmware.sln, in build order (every project after those it references).</summary>
    public static class DeviceSolution
    {
        /// <summary>The solution Visual Studio opens.</summary>
        public const string SolutionFile = "Firmware.sln";

        /// <summary>Every .nfproj the solution lists, in build order.</summary>
        public static IReadOnlyList<NanoProject> Projects { get; } = Load();

        /// <summary>The project named <paramref name="name"/>.</summary>
        public static NanoProject Named(string name) =>
            Projects.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"{SolutionFile} lists no project {name}");

        /// <summary>The name of the device application's project.</summary>
        public const string ApplicationName = "DeviceFirmware";

        /// <summary>The device application (what flash.ps1 deploys).</summary>
        public static NanoProject Application => Named(ApplicationName);

        /// <summary>The unit-test projects.</summary>
        public static IEnumerable<NanoProject> TestProjects => Projects.Where(p => p.IsTestProject);

        private static IReadOnlyList<NanoProject> Load()
        {
            List<NanoProject> pending = NanoProjectFile.InSolution().Select(NanoProject.From).ToList();
            List<NanoProject> ordered = new List<NanoProject>();
            while (pending.Count > 0)
            {
                NanoProject next = pending.FirstOrDefault(p => p.ProjectReferences.All(r => ordered.Any(o => o.Path == r)));
                if (next == null)
                {
                    throw new InvalidOperationException(
                        $"{SolutionFile}: a project reference cycle or a reference to a project the solution does not list: {string.Join(", ", pending)}");
                }

                ordered.Add(next);
                pending.Remove(next);
            }

            return ordered;
        }
    }
}
