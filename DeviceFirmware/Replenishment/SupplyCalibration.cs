using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Converts a raw sensor reading to a fill level in percent, linearly between the raw reading
    /// of an empty slot (0 %) and of a full one (100 %); either may be the larger (a sensor whose
    /// reading falls as the slot fills works too). A reading a little beyond either end (up to
    /// the tolerance) is clamped to 0 or 100; one further out is no level at all: a broken wire
    /// or a shorted sensor must never read as "empty", or the device would order.
    /// </summary>
    public sealed class SupplyCalibration
    {
        /// <summary>Default tolerance beyond the calibrated ends, in percent of the span.</summary>
        public const int DefaultTolerancePercent = 5;

        private readonly int _rawEmpty;
        private readonly int _rawFull;
        private readonly int _tolerancePercent;

        /// <summary>Creates a calibration.</summary>
        /// <param name="rawEmpty">Raw reading of an empty slot.</param>
        /// <param name="rawFull">Raw reading of a full slot (must differ from <paramref name="rawEmpty"/>).</param>
        /// <param name="tolerancePercent">How far beyond 0..100 % a reading may fall and still count (clamped), 0..50.</param>
        public SupplyCalibration(int rawEmpty, int rawFull, int tolerancePercent)
        {
            if (rawEmpty == rawFull)
            {
                throw new ArgumentException("raw readings of empty and full must differ", "rawFull");
            }

            if (tolerancePercent < 0 || tolerancePercent > 50)
            {
                throw new ArgumentOutOfRangeException("tolerancePercent", "tolerance must be 0..50 %");
            }

            _rawEmpty = rawEmpty;
            _rawFull = rawFull;
            _tolerancePercent = tolerancePercent;
        }

        /// <summary>Raw reading of an empty slot.</summary>
        public int RawEmpty
        {
            get { return _rawEmpty; }
        }

        /// <summary>Raw reading of a full slot.</summary>
        public int RawFull
        {
            get { return _rawFull; }
        }

        /// <summary>Tolerance beyond the ends, in percent of the span.</summary>
        public int TolerancePercent
        {
            get { return _tolerancePercent; }
        }

        /// <summary>The level of a raw reading, not clamped (below 0 or above 100 outside the calibrated range).</summary>
        /// <param name="raw">A raw reading.</param>
        /// <returns>Percent of full.</returns>
        public double ToPercent(int raw)
        {
            return ((double)(raw - _rawEmpty) * 100.0) / (_rawFull - _rawEmpty);
        }

        /// <summary>The level of a raw reading, clamped to 0..100 when within the tolerance.</summary>
        /// <param name="raw">A raw reading.</param>
        /// <param name="percent">The level, or 0 when the method returns false.</param>
        /// <returns>False when the reading is beyond the tolerance: not a level.</returns>
        public bool TryToPercent(int raw, out double percent)
        {
            double value = ToPercent(raw);
            percent = 0;
            if (value < -_tolerancePercent || value > 100 + _tolerancePercent)
            {
                return false;
            }

            percent = value < 0 ? 0 : (value > 100 ? 100 : value);
            return true;
        }
    }
}
