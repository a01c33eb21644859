namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>How much the benchmark repeats each measurement.</summary>
    public static class BenchmarkSettings
    {
        /// <summary>Parses timed per parser and body (the time is their total divided by this).</summary>
        public const int TimedParses = 200;

        /// <summary>Heap cycles (from one collection to the next) counted per parser and body for the allocation figure.</summary>
        public const int AllocationCycles = 3;

        /// <summary>Most parses in one heap cycle before the allocation figure is given up (a parser that allocates nothing).</summary>
        public const int MaxParsesPerCycle = 100000;

        /// <summary>Bytes the calibration step allocates per call (a byte array of this length).</summary>
        public const int CalibrationArrayLength = 1000;

        /// <summary>The prefix of every result line.</summary>
        public const string LinePrefix = "JSONBENCH";
    }
}
