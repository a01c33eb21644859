using System;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>What one parser did with one body: correct or not, memory and time.</summary>
    public sealed class ParseMeasurement
    {
        private ParseMeasurement(string parser, string body, bool correct, string detail, long allocated, long retained, double microseconds, int parses)
        {
            Parser = parser;
            Body = body;
            Correct = correct;
            Detail = detail;
            AllocatedBytes = allocated;
            RetainedBytes = retained;
            Microseconds = microseconds;
            AllocationParses = parses;
        }

        /// <summary>The parser's name.</summary>
        public string Parser { get; private set; }

        /// <summary>The body's name.</summary>
        public string Body { get; private set; }

        /// <summary>True when the parser extracted exactly the expected values.</summary>
        public bool Correct { get; private set; }

        /// <summary>What the parser gave instead (its summary), or the exception it threw; empty when it returned the expected values.</summary>
        public string Detail { get; private set; }

        /// <summary>Bytes allocated per parse, garbage included; -1 when not measured (the parse throws).</summary>
        public long AllocatedBytes { get; private set; }

        /// <summary>Bytes the parse result keeps alive; -1 when not measured.</summary>
        public long RetainedBytes { get; private set; }

        /// <summary>Microseconds per parse; -1 when not measured.</summary>
        public double Microseconds { get; private set; }

        /// <summary>Parses counted for <see cref="AllocatedBytes"/>.</summary>
        public int AllocationParses { get; private set; }

        /// <summary>Checks and measures <paramref name="parser"/> on <paramref name="sample"/>.</summary>
        /// <param name="parser">The parser.</param>
        /// <param name="sample">The body.</param>
        /// <returns>The measurement.</returns>
        public static ParseMeasurement Of(IBodyParser parser, SampleBody sample)
        {
            string got;
            string exception = null;
            try
            {
                got = parser.Describe(sample.Kind, parser.Parse(sample.Kind, sample.Text));
            }
            catch (Exception e)
            {
                got = Summary.Rejected;
                exception = e.GetType().FullName;
            }

            bool correct = got == sample.Expected;
            string detail = correct ? string.Empty : Summary.Shorten(got);
            if (exception != null)
            {
                // Throwing is slow on nanoCLR and says nothing about parsing speed: only correctness is reported.
                return new ParseMeasurement(parser.Name, sample.Name, correct, "threw " + exception, -1, -1, -1, 0);
            }

            long retained = AllocationMeter.RetainedBytes(parser, sample);
            int parses;
            long allocated = AllocationMeter.AllocatedBytesPerParse(parser, sample, BenchmarkSettings.AllocationCycles, out parses);
            double microseconds = AllocationMeter.MicrosecondsPerParse(parser, sample, BenchmarkSettings.TimedParses);
            return new ParseMeasurement(parser.Name, sample.Name, correct, detail, allocated, retained, microseconds, parses);
        }

        /// <summary>
        /// The result line: JSONBENCH result parser=P body=B correct=yes|no alloc_bytes=N retained_bytes=N
        /// us_per_parse=N.N alloc_parses=N detail=TEXT (detail last; it may hold spaces).
        /// </summary>
        /// <returns>The line.</returns>
        public string ToLine()
        {
            return BenchmarkSettings.LinePrefix + " result parser=" + Parser + " body=" + Body + " correct=" + (Correct ? "yes" : "no")
                + " alloc_bytes=" + AllocatedBytes + " retained_bytes=" + RetainedBytes
                + " us_per_parse=" + (Microseconds < 0 ? "-1" : Microseconds.ToString("F1"))
                + " alloc_parses=" + AllocationParses + " detail=" + Detail;
        }
    }
}
