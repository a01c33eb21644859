namespace DeviceFirmware.Replenishment
{
    /// <summary>One reading of a slot: a fill level, or the reason there is none. Only a valid reading counts towards low or refilled.</summary>
    public sealed class SupplyReading
    {
        private readonly SupplyReadingKind _kind;
        private readonly double _percent;
        private readonly int _raw;
        private readonly string _problem;

        private SupplyReading(SupplyReadingKind kind, double percent, int raw, string problem)
        {
            _kind = kind;
            _percent = percent;
            _raw = raw;
            _problem = problem;
        }

        /// <summary>What the reading gave.</summary>
        public SupplyReadingKind Kind
        {
            get { return _kind; }
        }

        /// <summary>True for a fill level.</summary>
        public bool IsValid
        {
            get { return _kind == SupplyReadingKind.Valid; }
        }

        /// <summary>The fill level, 0..100, when <see cref="IsValid"/>; 0 otherwise.</summary>
        public double Percent
        {
            get { return _percent; }
        }

        /// <summary>The median raw sample (meaningless for <see cref="SupplyReadingKind.SensorError"/>).</summary>
        public int Raw
        {
            get { return _raw; }
        }

        /// <summary>Why there is no level, or null for a valid reading.</summary>
        public string Problem
        {
            get { return _problem; }
        }

        /// <summary>A valid reading.</summary>
        /// <param name="percent">Fill level 0..100.</param>
        /// <param name="raw">Median raw sample.</param>
        /// <returns>The reading.</returns>
        public static SupplyReading Level(double percent, int raw)
        {
            return new SupplyReading(SupplyReadingKind.Valid, percent, raw, null);
        }

        /// <summary>A reading whose samples failed.</summary>
        /// <param name="problem">What failed.</param>
        /// <returns>The reading.</returns>
        public static SupplyReading SensorError(string problem)
        {
            return new SupplyReading(SupplyReadingKind.SensorError, 0, 0, problem);
        }

        /// <summary>A reading beyond the calibrated range.</summary>
        /// <param name="raw">Median raw sample.</param>
        /// <param name="problem">Why it is out of range.</param>
        /// <returns>The reading.</returns>
        public static SupplyReading OutOfRange(int raw, string problem)
        {
            return new SupplyReading(SupplyReadingKind.OutOfRange, 0, raw, problem);
        }

        /// <summary>For logs.</summary>
        /// <returns>For example "42.5 % (raw 1850)" or "sensor error: ...".</returns>
        public override string ToString()
        {
            switch (_kind)
            {
                case SupplyReadingKind.Valid:
                    return QuantityText.Format(_percent) + " % (raw " + _raw + ")";
                case SupplyReadingKind.OutOfRange:
                    return "out of range: " + _problem;
                default:
                    return "sensor error: " + _problem;
            }
        }
    }
}
