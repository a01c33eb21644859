using System.Collections.Generic;

namespace DeviceFirmware.ToolchainTests.JsonChoice
{
    /// <summary>One nanoCLR run of Benchmarks/JsonParsers.</summary>
    /// <param name="Log">Everything nanoCLR printed.</param>
    /// <param name="Lines">The result lines.</param>
    public sealed record BenchmarkRun(string Log, IReadOnlyList<JsonBenchLine> Lines);
}
