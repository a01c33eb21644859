using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Decides when a slot is low, with hysteresis and debounce, from its readings.
    /// <list type="bullet">
    /// <item>Normal to low: <see cref="RequiredReadings"/> consecutive valid readings at or below the
    /// low threshold.</item>
    /// <item>Low to normal (re-armed): as many consecutive valid readings at or above the refill
    /// threshold, which lies above the low one: noise around either threshold cannot flip the state,
    /// and one noisy reading cannot re-arm ordering.</item>
    /// <item>A reading that is not a level (sensor error, out of range) breaks a streak and changes
    /// nothing else: a broken sensor never makes a slot low, nor refilled.</item>
    /// </list>
    /// </summary>
    public sealed class LowSupplyDetector
    {
        private readonly int _lowPercent;
        private readonly int _refillPercent;
        private readonly int _requiredReadings;
        private bool _isLow;
        private int _streak;

        /// <summary>Creates a detector in the normal state.</summary>
        /// <param name="lowPercent">Low at or below this level.</param>
        /// <param name="refillPercent">Refilled at or above this level; above <paramref name="lowPercent"/>.</param>
        /// <param name="requiredReadings">Consecutive readings that confirm a change, 1 or more.</param>
        public LowSupplyDetector(int lowPercent, int refillPercent, int requiredReadings)
        {
            if (refillPercent <= lowPercent)
            {
                throw new ArgumentException("refill threshold must be above the low threshold", "refillPercent");
            }

            if (requiredReadings < 1)
            {
                throw new ArgumentOutOfRangeException("requiredReadings", "at least one reading confirms a change");
            }

            _lowPercent = lowPercent;
            _refillPercent = refillPercent;
            _requiredReadings = requiredReadings;
        }

        /// <summary>True while the slot is in a low episode.</summary>
        public bool IsLow
        {
            get { return _isLow; }
        }

        /// <summary>Consecutive readings so far towards the other state.</summary>
        public int Streak
        {
            get { return _streak; }
        }

        /// <summary>Readings that confirm a change.</summary>
        public int RequiredReadings
        {
            get { return _requiredReadings; }
        }

        /// <summary>Sets the state after a reboot (from the stored episode); the streak starts again.</summary>
        /// <param name="isLow">Whether the slot was in a low episode.</param>
        public void Restore(bool isLow)
        {
            _isLow = isLow;
            _streak = 0;
        }

        /// <summary>Takes one reading into account.</summary>
        /// <param name="reading">The reading.</param>
        /// <returns>What changed.</returns>
        public SupplyLevelChange Observe(SupplyReading reading)
        {
            if (reading == null)
            {
                throw new ArgumentNullException("reading");
            }

            if (!reading.IsValid)
            {
                _streak = 0;
                return SupplyLevelChange.None;
            }

            bool towardsChange = _isLow ? reading.Percent >= _refillPercent : reading.Percent <= _lowPercent;
            if (!towardsChange)
            {
                _streak = 0;
                return SupplyLevelChange.None;
            }

            _streak++;
            if (_streak < _requiredReadings)
            {
                return SupplyLevelChange.None;
            }

            _streak = 0;
            _isLow = !_isLow;
            return _isLow ? SupplyLevelChange.BecameLow : SupplyLevelChange.Refilled;
        }
    }
}
