namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// Checks the allocation method: each "parse" allocates one byte array of
    /// <see cref="BenchmarkSettings.CalibrationArrayLength"/> bytes and nothing else, so the measured
    /// figure must be that length plus the runtime's array header.
    /// </summary>
    public sealed class CalibrationParser : IBodyParser
    {
        /// <inheritdoc />
        public string Name
        {
            get { return "calibration"; }
        }

        /// <inheritdoc />
        public object Parse(BodyKind kind, string body)
        {
            return new byte[BenchmarkSettings.CalibrationArrayLength];
        }

        /// <inheritdoc />
        public string Describe(BodyKind kind, object result)
        {
            return ((byte[])result).Length.ToString();
        }
    }
}
