using System;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// Runs every parser on every sample body and prints one machine-readable line each
    /// (<see cref="ParseMeasurement.ToLine"/>), after a calibration line for the allocation method.
    /// </summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static void Main()
        {
            Console.WriteLine(BenchmarkSettings.LinePrefix + " begin free_bytes=" + AllocationMeter.FreeBytes()
                + " timed_parses=" + BenchmarkSettings.TimedParses + " alloc_cycles=" + BenchmarkSettings.AllocationCycles);

            SampleBody calibrationSample = new SampleBody("byte-array-" + BenchmarkSettings.CalibrationArrayLength, BodyKind.DrsMessage,
                string.Empty, BenchmarkSettings.CalibrationArrayLength.ToString());
            Console.WriteLine(ParseMeasurement.Of(new CalibrationParser(), calibrationSample).ToLine());

            IBodyParser[] parsers = new IBodyParser[] { new FirmwareBodyParser(), new NanoJsonClassParser(), new NanoJsonHashtableParser() };
            SampleBody[] samples = SampleBodies.All();
            for (int p = 0; p < parsers.Length; p++)
            {
                for (int s = 0; s < samples.Length; s++)
                {
                    Console.WriteLine(ParseMeasurement.Of(parsers[p], samples[s]).ToLine());
                }
            }

            Console.WriteLine(BenchmarkSettings.LinePrefix + " end");
        }
    }
}
