using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.HostTests;
using DeviceFirmware.ToolchainTests.Build;
using DeviceFirmware.ToolchainTests.Projects;
using DeviceFirmware.ToolchainTests.Toolchain;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.ToolchainTests.JsonChoice
{
    /// <summary>
    /// The facts behind keeping the firmware's own JSON reader instead of nanoFramework.Json: the benchmark
    /// (Benchmarks/JsonParsers) runs in the real nanoCLR on the LWA and DRS bodies the firmware parses; the
    /// figures (bytes allocated and retained, microseconds per parse, .pe sizes) go to the test output, and the
    /// correctness facts are asserted as observed, so a change in either library shows up here. No timing asserts.
    /// </summary>
    public class JsonParserChoiceTests
    {
        private const string BenchmarkProject = "JsonParsersBenchmark";
        private const int HeapBytes = 1024 * 1024;

        private static readonly string[] Parsers = { "firmware", "nfjson-class", "nfjson-hashtable" };

        private static readonly string[] Bodies =
        {
            "lwa-token-number", "lwa-token-string", "lwa-token-unknown-fields", "lwa-token-refresh-only", "lwa-error",
            "drs-replenish", "drs-subscription-v1", "drs-subscription-v2", "drs-invalid-token", "lwa-token-truncated", "lwa-token-html",
        };

        private static readonly Lazy<Task<BenchmarkRun>> Run = new Lazy<Task<BenchmarkRun>>(RunBenchmarkAsync);

        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test with xunit's output.</summary>
        public JsonParserChoiceTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Every parser ran on every body; the firmware's reader handles every one (rejecting the truncated and HTML bodies).</summary>
        [ToolchainFact]
        public async Task FirmwareReaderHandlesEveryBody()
        {
            BenchmarkRun run = await Run.Value;
            WriteTable(run.Lines);
            foreach (string parser in Parsers)
            {
                foreach (string body in Bodies)
                {
                    Assert.True(run.Lines.Any(l => l.Parser == parser && l.Body == body), $"no result line for {parser} on {body}; last lines:\n{NanoClrRun.LastLines(run.Log)}");
                }
            }

            foreach (JsonBenchLine line in run.Lines.Where(l => l.Parser == "firmware"))
            {
                Assert.True(line.Correct, $"the firmware's reader got {line.Body} wrong: {line.Detail}");
            }
        }

        /// <summary>
        /// What nanoFramework.Json 2.2.203 does, as observed: into classes it reads every body right (expires_in "3600"
        /// becomes 3600, unknown fields are skipped, '|' in tokens is kept) and throws DeserializationException on the
        /// truncated and HTML bodies; as a Hashtable it hands expires_in "3600" over as a string and is right otherwise.
        /// </summary>
        [ToolchainFact]
        public async Task NanoFrameworkJsonBehavesAsObserved()
        {
            BenchmarkRun run = await Run.Value;
            foreach (JsonBenchLine line in run.Lines.Where(l => l.Parser == "nfjson-class"))
            {
                Assert.True(line.Correct, $"nanoFramework.Json into classes now gets {line.Body} wrong: {line.Detail}");
            }

            foreach (string rejected in new[] { "lwa-token-truncated", "lwa-token-html" })
            {
                foreach (string parser in new[] { "nfjson-class", "nfjson-hashtable" })
                {
                    Assert.Equal("threw nanoFramework.Json.DeserializationException", Line(run, parser, rejected).Detail);
                }
            }

            JsonBenchLine asString = Line(run, "nfjson-hashtable", "lwa-token-string");
            Assert.False(asString.Correct, "nanoFramework.Json's Hashtable now converts expires_in \"3600\" to a number");
            Assert.Contains("expires_in=\"3600\"", asString.Detail);
            foreach (JsonBenchLine line in run.Lines.Where(l => l.Parser == "nfjson-hashtable" && l.Body != "lwa-token-string"))
            {
                Assert.True(line.Correct, $"nanoFramework.Json as a Hashtable now gets {line.Body} wrong: {line.Detail}");
            }
        }

        /// <summary>
        /// The allocation method is sound (a 1000-byte array measures as 1000 bytes plus a small header), and the
        /// size facts: nanoFramework.Json references only libraries the device image already carries, so switching
        /// adds nanoFramework.Json.pe alone; the firmware's own Json/ compiled alone is written to the output.
        /// </summary>
        [ToolchainFact]
        public async Task AllocationMethodAndSizesAreReported()
        {
            BenchmarkRun run = await Run.Value;
            JsonBenchLine calibration = run.Lines.Single(l => l.Parser == "calibration");
            _output.WriteLine($"calibration: byte[1000] measures {calibration.AllocatedBytes} bytes allocated, {calibration.RetainedBytes} retained");
            Assert.InRange(calibration.AllocatedBytes, 1000, 1100);

            NanoToolchain toolchain = NanoToolchain.Current;
            HashSet<string> image = new HashSet<string>(DeviceBuild.WithDependencies(DeviceSolution.Application).SelectMany(p => p.PackageAssemblies), StringComparer.Ordinal);
            List<string> references = ImageLayout.ReferencesOf(toolchain.Reference("nanoFramework.Json")).Select(r => r.Name).ToList();
            _output.WriteLine("nanoFramework.Json references: " + string.Join(", ", references));
            Assert.All(references, r => Assert.Contains(r, image));

            List<string> jsonSources = Directory.GetFiles(Path.Combine(BuildPaths.Root, "DeviceFirmware", "Json"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToList();
            BuiltAssembly own = await NanoCompiler.CompileAsync("FirmwareJsonOnly", "FirmwareJsonOnly", jsonSources, new[] { "nanoFramework.System.Text" },
                Path.Combine(DeviceBuild.OutputRoot, "FirmwareJsonOnly"), exe: false, documentation: false);
            BuiltAssembly ownReader = await NanoCompiler.CompileAsync("FirmwareJsonReaderOnly", "FirmwareJsonReaderOnly",
                jsonSources.Where(f => !f.EndsWith("JsonWriter.cs", StringComparison.Ordinal)), new[] { "nanoFramework.System.Text" },
                Path.Combine(DeviceBuild.OutputRoot, "FirmwareJsonReaderOnly"), exe: false, documentation: false);
            _output.WriteLine($"nanoFramework.Json.pe: {new FileInfo(toolchain.Pe("nanoFramework.Json")).Length} bytes (added to the image by a switch)");
            _output.WriteLine($"firmware Json/ alone (reader + writer): {new FileInfo(own.Pe).Length} bytes; reader alone: {new FileInfo(ownReader.Pe).Length} bytes");
            _output.WriteLine($"System.Net.Http.pe (Client flavour, what the firmware carries): {new FileInfo(toolchain.Pe("System.Net.Http")).Length} bytes");
        }

        private static JsonBenchLine Line(BenchmarkRun run, string parser, string body) =>
            run.Lines.SingleOrDefault(l => l.Parser == parser && l.Body == body) ?? throw new InvalidOperationException($"no result for {parser} on {body}");

        private void WriteTable(IReadOnlyList<JsonBenchLine> lines)
        {
            _output.WriteLine($"{"parser",-18} {"body",-26} {"correct",-8} {"alloc B",8} {"retained B",10} {"us/parse",9}  detail");
            foreach (JsonBenchLine l in lines)
            {
                _output.WriteLine($"{l.Parser,-18} {l.Body,-26} {(l.Correct ? "yes" : "no"),-8} {l.AllocatedBytes,8} {l.RetainedBytes,10} {l.MicrosecondsPerParse,9:F1}  {l.Detail}");
            }
        }

        private static async Task<BenchmarkRun> RunBenchmarkAsync()
        {
            NanoToolchain.Current.EnsurePresent();
            NanoProject project = DeviceSolution.Named(BenchmarkProject);
            IReadOnlyList<string> pes = await ImageLayout.PeFilesAsync(project);
            NanoClrRun run = await NanoClr.RunAsync(pes, TimeSpan.FromMinutes(5), HeapBytes);
            Assert.False(run.HasLinkFailure, "the benchmark does not link:\n" + run.Tail);
            Assert.False(run.TimedOut, "the benchmark timed out:\n" + run.Tail);
            Assert.Contains(JsonBenchLine.Prefix + " end", run.Log);
            return new BenchmarkRun(run.Log, JsonBenchLine.ParseAll(run.Log));
        }
    }
}
