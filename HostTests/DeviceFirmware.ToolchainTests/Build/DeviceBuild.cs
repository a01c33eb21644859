using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeviceFirmware.ToolchainTests.Projects;

namespace DeviceFirmware.ToolchainTests.Build
{
    /// <summary>
    /// Builds the projects of Firmware.sln with the real toolchain, once per test run: each project after
    /// the projects it references, independent ones side by side, into
    /// bin/.../nanoframework/build-&lt;process id&gt;/&lt;project&gt;/ (one folder per test run, so two runs at
    /// once never delete each other's outputs; folders of runs that have ended are removed).
    /// </summary>
    public static class DeviceBuild
    {
        private static readonly ConcurrentDictionary<string, Lazy<Task<BuiltAssembly>>> Builds =
            new ConcurrentDictionary<string, Lazy<Task<BuiltAssembly>>>(StringComparer.Ordinal);

        // Each build runs the compiler and the metadata processor; more at once than cores only thrashes.
        private static readonly SemaphoreSlim Slots = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));

        /// <summary>Where the reports of the stage go (sizes, heap figures): bin/.../nanoframework/.</summary>
        public static string ReportRoot { get; } = Path.Combine(AppContext.BaseDirectory, "nanoframework");

        /// <summary>Writes a report of the stage (a table of figures) to <see cref="ReportRoot"/>.</summary>
        /// <param name="file">File name, e.g. heap-budget.txt.</param>
        /// <param name="text">The report.</param>
        public static void WriteReport(string file, string text)
        {
            Directory.CreateDirectory(ReportRoot);
            File.WriteAllText(Path.Combine(ReportRoot, file), text);
        }

        /// <summary>Where this test run's build outputs go.</summary>
        public static string OutputRoot { get; } = PrepareOutputRoot();

        /// <summary>The build of <paramref name="project"/> (and, first, of the projects it references).</summary>
        public static Task<BuiltAssembly> OfAsync(NanoProject project) =>
            Builds.GetOrAdd(project.Path, _ => new Lazy<Task<BuiltAssembly>>(() => BuildAsync(project))).Value;

        /// <summary>The project and every project it references, directly or not, dependencies first.</summary>
        public static IReadOnlyList<NanoProject> WithDependencies(NanoProject project)
        {
            List<NanoProject> result = new List<NanoProject>();
            void Visit(NanoProject p)
            {
                foreach (string reference in p.ProjectReferences)
                {
                    Visit(DeviceSolution.Projects.Single(x => x.Path == reference));
                }

                if (!result.Contains(p))
                {
                    result.Add(p);
                }
            }

            Visit(project);
            return result;
        }

        private static string PrepareOutputRoot()
        {
            const string Prefix = "build-";
            if (Directory.Exists(ReportRoot))
            {
                foreach (string folder in Directory.GetDirectories(ReportRoot, Prefix + "*"))
                {
                    if (int.TryParse(Path.GetFileName(folder).Substring(Prefix.Length), out int id) && !IsRunning(id))
                    {
                        try
                        {
                            Directory.Delete(folder, recursive: true);
                        }
                        catch (IOException)
                        {
                            // Left for the next run to remove.
                        }
                    }
                }
            }

            return Path.Combine(ReportRoot, Prefix + Environment.ProcessId);
        }

        private static bool IsRunning(int processId)
        {
            try
            {
                using System.Diagnostics.Process process = System.Diagnostics.Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static async Task<BuiltAssembly> BuildAsync(NanoProject project)
        {
            BuiltAssembly[] referenced = await Task.WhenAll(project.ProjectReferences
                .Select(r => OfAsync(DeviceSolution.Projects.Single(p => p.Path == r))));
            IEnumerable<string> references = project.PackageAssemblies.Concat(referenced.Select(r => r.Dll));
            await Slots.WaitAsync();
            try
            {
                return await NanoCompiler.CompileAsync(project.Name, project.AssemblyName, project.Sources, references,
                    Path.Combine(OutputRoot, project.Name), project.IsExe, documentation: !project.IsTestProject);
            }
            finally
            {
                Slots.Release();
            }
        }
    }
}
