using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.HostTests;
using DeviceFirmware.ToolchainTests.Toolchain;

namespace DeviceFirmware.ToolchainTests.Build
{
    /// <summary>
    /// Compiles a source list against the real nanoFramework references with the .NET SDK's C# compiler,
    /// warnings as errors, then converts the assembly with the real metadata processor (the toolchain's
    /// tools/nfcompile.py does both, as the nanoFramework MSBuild targets do).
    /// </summary>
    public static class NanoCompiler
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        /// <summary>
        /// Builds <paramref name="assemblyName"/> from <paramref name="sources"/> into <paramref name="outputFolder"/>.
        /// <paramref name="references"/> are toolchain assembly names or paths of assemblies built here.
        /// </summary>
        public static async Task<BuiltAssembly> CompileAsync(string projectName, string assemblyName, IEnumerable<string> sources,
            IEnumerable<string> references, string outputFolder, bool exe, bool documentation)
        {
            NanoToolchain toolchain = NanoToolchain.Current;
            if (Directory.Exists(outputFolder))
            {
                Directory.Delete(outputFolder, recursive: true);
            }

            Directory.CreateDirectory(outputFolder);
            string list = Path.Combine(outputFolder, "sources.list");
            File.WriteAllLines(list, sources);

            ProcessStartInfo start = new ProcessStartInfo("python3") { WorkingDirectory = BuildPaths.Root };
            foreach (string argument in new[] { toolchain.CompileScript, "--name", assemblyName, "--out-dir", outputFolder, "--warnaserror" })
            {
                start.ArgumentList.Add(argument);
            }

            if (exe)
            {
                start.ArgumentList.Add("--exe");
            }

            if (documentation)
            {
                start.ArgumentList.Add("--doc");
            }

            foreach (string reference in references.Where(r => r != "mscorlib").Distinct())
            {
                start.ArgumentList.Add("--ref");
                start.ArgumentList.Add(reference);
            }

            start.ArgumentList.Add("@" + list);
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            ChildProcess.Outcome outcome = await ChildProcess.RunAsync(start, Timeout, mergeErrorIntoOutput: true);
            string dll = Path.Combine(outputFolder, assemblyName + ".dll");
            string pe = Path.Combine(outputFolder, assemblyName + ".pe");
            if (outcome.ExitCode != 0 || !File.Exists(pe))
            {
                throw new NanoBuildException(
                    $"{projectName} does not build with the real nanoFramework toolchain (exit {outcome.ExitCode}{(outcome.TimedOut ? ", timed out" : string.Empty)}):\n{outcome.StandardOutput}");
            }

            return new BuiltAssembly(projectName, assemblyName, dll, pe);
        }
    }
}
