using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>
    /// Runs the real contract build once per snippet of ContractBuild/SelfCheck/, all in parallel,
    /// each in its own temporary directory, and keeps the results for <see cref="SelfCheckTests"/>.
    /// </summary>
    /// <remarks>
    /// The command is
    /// <c>dotnet build ContractBuild/DeviceFirmware.Contract/DeviceFirmware.Contract.csproj --no-restore --no-dependencies
    /// -t:Compile -p:ContractSelfCheckSnippet=&lt;snippet&gt; -p:IntermediateOutputPath=&lt;temp&gt;/obj/ ...</c>.
    /// Why <c>-t:Compile</c> and no <c>-p:OutDir</c>: a global OutDir is inherited by the project
    /// references, so the reference to Contracts/nanoFramework.System.Text would resolve to
    /// &lt;temp&gt;/bin/nanoFramework.System.Text.dll, which does not exist (CS0006 for every snippet,
    /// the control included). The Compile target runs the same compiler with the same inputs and
    /// options as Build but writes only to IntermediateOutputPath; it never copies to bin/, so the
    /// normal output in ContractBuild/DeviceFirmware.Contract/obj and bin is left alone.
    /// --no-restore reads the existing obj/project.assets.json; --no-dependencies uses the contract
    /// assemblies already built (the HostTests project references both contract projects with
    /// ReferenceOutputAssembly=false, so they are built before these tests run).
    /// </remarks>
    public sealed class SelfCheckBuilds : IAsyncLifetime
    {
        /// <summary>The snippet that uses only nanoFramework APIs and must build.</summary>
        public const string ControlSnippet = "ValidNanoCode.cs";

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        private static readonly Regex ErrorLine = new Regex(
            @"^(?<origin>.*?):\s+error\s+(?<code>[A-Z]+[0-9]+)\s*:\s*(?<text>.*?)(\s+\[[^\]]+\])?$",
            RegexOptions.CultureInvariant);

        private readonly Dictionary<string, BuildResult> _results = new Dictionary<string, BuildResult>(StringComparer.Ordinal);

        /// <summary>The folder holding FirmwareHost.slnx.</summary>
        public static string RepoRoot => BuildPaths.Root;

        /// <summary>The contract build's project file.</summary>
        public static string ContractProject { get; } =
            Path.Combine(BuildPaths.Root, "ContractBuild", "DeviceFirmware.Contract", "DeviceFirmware.Contract.csproj");

        /// <summary>The configuration these tests were built with; the contract assemblies were built with the same one.</summary>
        public static string Configuration => BuildPaths.Configuration;

        /// <summary>Root of the temporary directories of this run (deleted at the end).</summary>
        public string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "DeviceFirmware.ContractSelfCheck." + Guid.NewGuid().ToString("N"));

        /// <summary>Wall-clock time of all the builds together.</summary>
        public TimeSpan Elapsed { get; private set; }

        public IEnumerable<BuildResult> Results => _results.Values;

        public static string[] SnippetFiles() =>
            Directory.GetFiles(Path.Combine(RepoRoot, "ContractBuild", "SelfCheck"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();

        public BuildResult Get(string snippetFileName)
        {
            Assert.True(
                _results.TryGetValue(snippetFileName, out BuildResult result),
                $"no self-check build for {snippetFileName}: it is not in {Path.Combine(RepoRoot, "ContractBuild", "SelfCheck")}");
            return result;
        }

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(TempRoot);
            Stopwatch clock = Stopwatch.StartNew();
            BuildResult[] results = await Task.WhenAll(SnippetFiles().Select(BuildWithSnippetAsync));
            Elapsed = clock.Elapsed;
            foreach (BuildResult result in results)
            {
                _results.Add(Path.GetFileName(result.SnippetPath), result);
            }
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(TempRoot, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary directory must not fail the run.
            }
            catch (UnauthorizedAccessException)
            {
            }

            return Task.CompletedTask;
        }

        /// <summary>Names of the types an assembly defines, read without loading it (it is built against nanoFramework's mscorlib).</summary>
        public static IReadOnlyList<string> TypeNames(string assemblyPath)
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader metadata = pe.GetMetadataReader();
            return metadata.TypeDefinitions
                .Select(h => metadata.GetTypeDefinition(h))
                .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
                .ToList();
        }

        private async Task<BuildResult> BuildWithSnippetAsync(string snippetPath)
        {
            string workDirectory = Path.Combine(TempRoot, Path.GetFileNameWithoutExtension(snippetPath));
            Directory.CreateDirectory(workDirectory);
            string[] arguments =
            {
                "build", ContractProject,
                "--no-restore", "--no-dependencies",
                "-t:Compile",
                "-c", Configuration,
                "-p:ContractSelfCheckSnippet=" + snippetPath,
                "-p:IntermediateOutputPath=" + Path.Combine(workDirectory, "obj") + Path.DirectorySeparatorChar,
                // One in-process node and compiler: no worker node or compiler server outlives the build
                // (holding our output pipes open) and nothing is shared with other builds.
                "-m:1", "-nodeReuse:false", "-p:UseSharedCompilation=false",
                "-nologo",
            };
            ProcessStartInfo start = ChildProcess.Dotnet(workDirectory, arguments);
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            string dotnet = start.FileName;
            ChildProcess.Outcome outcome = await ChildProcess.RunAsync(start, Timeout, mergeErrorIntoOutput: true);
            string text = "> " + dotnet + " " + string.Join(" ", arguments) + Environment.NewLine + outcome.StandardOutput;
            List<CompilerError> errors = new List<CompilerError>();
            foreach (string line in text.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                Match match = ErrorLine.Match(line.Trim());
                if (match.Success && !errors.Any(e => e.Line == match.Value))
                {
                    // MSBuild repeats each error in its summary: keep one.
                    errors.Add(new CompilerError(match.Groups["code"].Value, match.Groups["origin"].Value.Trim(), match.Value));
                }
            }

            return new BuildResult(snippetPath, workDirectory, outcome.ExitCode, outcome.TimedOut, outcome.Elapsed, text, errors);
        }

        /// <summary>One compiler error line of the build output.</summary>
        public sealed record CompilerError(string Code, string Origin, string Line)
        {
            /// <summary>True when the error is located in the given source file.</summary>
            public bool IsIn(string sourcePath) => Origin.StartsWith(sourcePath + "(", StringComparison.Ordinal);
        }

        /// <summary>The outcome of one contract build with one snippet.</summary>
        public sealed record BuildResult(
            string SnippetPath,
            string WorkDirectory,
            int ExitCode,
            bool TimedOut,
            TimeSpan Elapsed,
            string Output,
            IReadOnlyList<CompilerError> Errors)
        {
            /// <summary>The command that ran (the first line of <see cref="Output"/>).</summary>
            public string CommandLine => Output.Split('\n')[0].TrimEnd('\r');

            public string Summary =>
                $"contract build with {Path.GetFileName(SnippetPath)}: exit code {ExitCode}{(TimedOut ? " (timed out)" : string.Empty)}, "
                + $"{Elapsed.TotalSeconds:0.0} s, errors [{string.Join(", ", Errors.Select(e => e.Code).Distinct())}]";
        }
    }
}
