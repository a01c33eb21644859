using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>
    /// Proves that the contract build bites: each snippet in ContractBuild/SelfCheck/ is valid C# on
    /// full .NET (this project compiles them), yet adding it to the REAL contract build
    /// (ContractBuild/DeviceFirmware.Contract, against nanoFramework's mscorlib) must fail with the
    /// compiler error that names the missing API, while the control snippet must build.
    /// </summary>
    [Collection(ContractBuildCollection.Name)]
    public class SelfCheckTests : IClassFixture<SelfCheckBuilds>
    {
        private readonly SelfCheckBuilds _builds;
        private readonly ITestOutputHelper _output;

        public SelfCheckTests(SelfCheckBuilds builds, ITestOutputHelper output)
        {
            _builds = builds;
            _output = output;
        }

        [Theory]
        [InlineData("GenericList.cs", "CS0234")] // 'Generic' does not exist in the namespace 'System.Collections'
        [InlineData("StringReplaceChar.cs", "CS1061")] // 'string' does not contain a definition for 'Replace'
        [InlineData("AsyncMethod.cs", "CS0234,CS0246")] // 'Tasks' does not exist in 'System.Threading'; 'Task<>' could not be found
        public void NonNanoFrameworkSnippet_FailsTheContractBuild_WithTheExpectedError(string snippet, string expectedCodes)
        {
            SelfCheckBuilds.BuildResult result = _builds.Get(snippet);
            _output.WriteLine(result.Summary);
            _output.WriteLine(result.CommandLine);

            Assert.True(!result.TimedOut, $"{result.Summary}: the contract build timed out.\n{result.Output}");
            Assert.True(result.ExitCode != 0, $"{result.Summary}: the contract build SUCCEEDED with {snippet}, so it no longer rejects this full-.NET API.\n{result.Output}");

            string[] actualCodes = result.Errors.Select(e => e.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray();
            foreach (string code in expectedCodes.Split(','))
            {
                Assert.True(
                    actualCodes.Contains(code),
                    $"{result.Summary}: expected compiler error {code}, got [{string.Join(", ", actualCodes)}].\n{result.Output}");
            }

            // The failure must come from the snippet and nothing else, or it proves nothing.
            SelfCheckBuilds.CompilerError[] elsewhere = result.Errors.Where(e => !e.IsIn(result.SnippetPath)).ToArray();
            Assert.True(
                elsewhere.Length == 0,
                $"{result.Summary}: errors outside the snippet:\n  {string.Join("\n  ", elsewhere.Select(e => e.Line))}\n{result.Output}");
        }

        [Fact]
        public void ControlSnippet_UsingOnlyNanoFrameworkApis_PassesTheContractBuild_AndIsCompiledIn()
        {
            SelfCheckBuilds.BuildResult result = _builds.Get(SelfCheckBuilds.ControlSnippet);
            _output.WriteLine(result.Summary);
            _output.WriteLine(result.CommandLine);

            Assert.True(
                !result.TimedOut && result.ExitCode == 0,
                $"{result.Summary}: the contract build FAILED with the control snippet, which uses only nanoFramework APIs: "
                + "the build itself is broken (CS0006 = a contract assembly is not built yet or an output path leaks into the project references), "
                + $"so the failures of the other snippets prove nothing.\n{result.Output}");

            string assembly = Path.Combine(result.WorkDirectory, "obj", "DeviceFirmware.dll");
            Assert.True(File.Exists(assembly), $"{result.Summary}: succeeded but produced no {assembly}.\n{result.Output}");
            IReadOnlyList<string> types = SelfCheckBuilds.TypeNames(assembly);
            Assert.True(
                types.Contains("DeviceFirmware.ContractSelfCheck.ValidNanoCode"),
                $"{result.Summary}: the built DeviceFirmware.dll has no DeviceFirmware.ContractSelfCheck.ValidNanoCode, so ContractSelfCheckSnippet "
                + $"was ignored and the self-check compiles nothing. Types: {string.Join(", ", types)}");
        }

        [Fact]
        public void EverySnippetInTheSelfCheckFolder_HasAnExpectationHere()
        {
            string[] known = { "GenericList.cs", "StringReplaceChar.cs", "AsyncMethod.cs", SelfCheckBuilds.ControlSnippet };
            string[] unknown = SelfCheckBuilds.SnippetFiles().Select(Path.GetFileName).Except(known, StringComparer.Ordinal).ToArray();

            Assert.True(
                unknown.Length == 0,
                $"ContractBuild/SelfCheck has snippets without an expected compiler error in {nameof(SelfCheckTests)}: {string.Join(", ", unknown)}");
        }

        [Fact]
        public void SelfCheckBuilds_LeaveTheNormalContractBuildOutputUntouched()
        {
            // The snippet builds compile into their own temporary obj/; the real contract output
            // (what DeviceFirmware.Tests.Contract references) must never contain a snippet.
            string project = Path.GetDirectoryName(SelfCheckBuilds.ContractProject);
            string[] normalOutputs = new[] { "obj", "bin" }
                .Select(d => Path.Combine(project, d, SelfCheckBuilds.Configuration, "DeviceFirmware.dll"))
                .Where(File.Exists)
                .ToArray();
            Assert.True(normalOutputs.Length > 0, $"the normal contract build output is missing under {project}/obj and bin; was the contract built?");

            foreach (string output in normalOutputs)
            {
                string[] leaked = SelfCheckBuilds.TypeNames(output).Where(t => t.StartsWith("DeviceFirmware.ContractSelfCheck.", StringComparison.Ordinal)).ToArray();
                Assert.True(leaked.Length == 0, $"self-check snippets leaked into the normal contract output {output}: {string.Join(", ", leaked)}");
            }

            _output.WriteLine($"{_builds.Results.Count()} contract builds in parallel took {_builds.Elapsed.TotalSeconds:0.0} s in all");
            Assert.True(
                _builds.Results.All(r => r.WorkDirectory.StartsWith(_builds.TempRoot, StringComparison.Ordinal)),
                "every self-check build must use its own temporary directory");
        }
    }

    /// <summary>
    /// Tests that run <c>dotnet build</c>: never in parallel with other tests (CPU contention would eat
    /// their timeout, and a test that changed the current directory or the environment would break them).
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public class ContractBuildCollection
    {
        public const string Name = "Contract build (runs dotnet build, not in parallel)";
    }
}
