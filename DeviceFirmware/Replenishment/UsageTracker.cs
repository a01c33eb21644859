using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Follows a slot's consumption for slot status: when the content was last used (the level
    /// fell by at least <see cref="UseStepPercent"/> below its lowest so far) and, from the fall since
    /// the last fill, when the slot is expected to reach its low threshold. Without enough history
    /// the expected date is <see cref="UnknownRateDays"/> ahead; it is never more than
    /// <see cref="MaxHorizonDays"/> ahead, and never in the past.
    /// </summary>
    public sealed class UsageTracker
    {
        /// <summary>A fall of at least this much (percentage points) counts as use; smaller ones are noise.</summary>
        public const double UseStepPercent = 1.0;

        /// <summary>A rise of at least this much above the lowest level since the fill counts as a new fill.</summary>
        public const double RefillStepPercent = 10.0;

        /// <summary>Days ahead reported while the consumption rate is unknown.</summary>
        public const int UnknownRateDays = 30;

        /// <summary>Farthest expected replenishment date reported, in days.</summary>
        public const int MaxHorizonDays = 365;

        private bool _started;
        private DateTime _fillUtc;
        private double _fillPercent;
        private double _lowestPercent;
        private DateTime _lastUseUtc;

        /// <summary>True once a level has been seen.</summary>
        public bool HasData
        {
            get { return _started; }
        }

        /// <summary>When the content was last used (the first level's time until a use is seen).</summary>
        public DateTime LastUseUtc
        {
            get { return _lastUseUtc; }
        }

        /// <summary>Takes a valid level into account.</summary>
        /// <param name="now">Time of the reading (UTC).</param>
        /// <param name="percent">The level.</param>
        public void Observe(DateTime now, double percent)
        {
            if (!_started || percent >= _lowestPercent + RefillStepPercent)
            {
                StartFill(now, percent);
                return;
            }

            if (percent <= _lowestPercent - UseStepPercent)
            {
                _lowestPercent = percent;
                _lastUseUtc = now;
            }
        }

        /// <summary>When the slot is expected to reach <paramref name="lowPercent"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="percent">Current level.</param>
        /// <param name="lowPercent">The slot's low threshold.</param>
        /// <returns>The expected date (UTC), <paramref name="now"/> at most <see cref="MaxHorizonDays"/> days ahead.</returns>
        public DateTime ExpectedReplenishment(DateTime now, double percent, int lowPercent)
        {
            if (percent <= lowPercent)
            {
                return now;
            }

            double usedSeconds = _started ? (_lastUseUtc - _fillUtc).Ticks / (double)TimeSpan.TicksPerSecond : 0;
            double used = _started ? _fillPercent - _lowestPercent : 0;
            double maxSeconds = MaxHorizonDays * 86400.0;
            double seconds = UnknownRateDays * 86400.0;
            if (usedSeconds > 0 && used > 0)
            {
                // Time to go at the rate seen since the fill: (level - low) / (used / usedSeconds).
                seconds = ((percent - lowPercent) * usedSeconds) / used;
            }

            if (seconds > maxSeconds)
            {
                seconds = maxSeconds;
            }

            return now + TimeSpan.FromTicks((long)(seconds + 0.5) * TimeSpan.TicksPerSecond);
        }

        private void StartFill(DateTime now, double percent)
        {
            _started = true;
            _fillUtc = now;
            _fillPercent = percent;
            _lowestPercent = percent;
            _lastUseUtc = now;
        }
    }
}
