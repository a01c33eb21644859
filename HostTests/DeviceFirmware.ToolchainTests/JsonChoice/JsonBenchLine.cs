using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DeviceFirmware.ToolchainTests.JsonChoice
{
    /// <summary>
    /// One result line of Benchmarks/JsonParsers: "JSONBENCH result parser=P body=B correct=yes|no alloc_bytes=N
    /// retained_bytes=N us_per_parse=N.N alloc_parses=N detail=TEXT" (detail last, may hold spaces; -1 = not measured).
    /// </summary>
    /// <param name="Parser">The parser (firmware, nfjson-class, nfjson-hashtable, calibration).</param>
    /// <param name="Body">The sample body.</param>
    /// <param name="Correct">True when the parser extracted the expected values (or rejected a body it must reject).</param>
    /// <param name="AllocatedBytes">Bytes allocated per parse, garbage included.</param>
    /// <param name="RetainedBytes">Bytes the parse result keeps alive.</param>
    /// <param name="MicrosecondsPerParse">Wall time per parse in nanoCLR.</param>
    /// <param name="Detail">What the parser gave instead, or the exception it threw.</param>
    public sealed record JsonBenchLine(string Parser, string Body, bool Correct, long AllocatedBytes, long RetainedBytes, double MicrosecondsPerParse, string Detail)
    {
        /// <summary>The prefix of every benchmark line.</summary>
        public const string Prefix = "JSONBENCH";

        /// <summary>The result lines of a nanoCLR log.</summary>
        public static IReadOnlyList<JsonBenchLine> ParseAll(string log) =>
            log.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(Prefix + " result ", StringComparison.Ordinal)).Select(Parse).ToList();

        private static JsonBenchLine Parse(string line)
        {
            int detailAt = line.IndexOf(" detail=", StringComparison.Ordinal);
            string detail = detailAt < 0 ? string.Empty : line.Substring(detailAt + " detail=".Length);
            Dictionary<string, string> fields = (detailAt < 0 ? line : line.Substring(0, detailAt))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => p.Contains('='))
                .ToDictionary(p => p.Substring(0, p.IndexOf('=')), p => p.Substring(p.IndexOf('=') + 1), StringComparer.Ordinal);
            return new JsonBenchLine(fields["parser"], fields["body"], fields["correct"] == "yes",
                long.Parse(fields["alloc_bytes"], CultureInfo.InvariantCulture), long.Parse(fields["retained_bytes"], CultureInfo.InvariantCulture),
                double.Parse(fields["us_per_parse"], CultureInfo.InvariantCulture), detail);
        }
    }
}
