using System;
using DeviceFirmware.Config;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The simulated world's supply: a slot drains at a daily rate (varied per day by the seed) down to a
    /// floor; the user refills it. The sensor reads the level through the slot's calibration. Counts the
    /// low episodes as the world sees them (level from refill% or more down to low% or less).
    /// </summary>
    public sealed class SupplyCurve : ISupplySensor
    {
        private const double FloorPercent = 3.0;
        private readonly SupplySlotSettings _slot;
        private readonly VirtualClock _clock;
        private readonly Random _random;
        private readonly double _percentPerDay;
        private double _level;
        private DateTime _at;
        private double _todayRate;
        private int _day = -1;
        private bool _armed = true;

        /// <summary>A full slot draining <paramref name="percentPerDay"/> a day (+-25 % from day to day).</summary>
        public SupplyCurve(SupplySlotSettings slot, VirtualClock clock, double percentPerDay, int seed)
        {
            _slot = slot;
            _clock = clock;
            _percentPerDay = percentPerDay;
            _random = new Random(seed);
            _level = 100;
            _at = clock.UtcNow;
        }

        /// <summary>Low episodes so far.</summary>
        public int LowEpisodes { get; private set; }

        /// <summary>When the last episode started.</summary>
        public DateTime LastEpisodeStart { get; private set; }

        /// <summary>Refills so far.</summary>
        public int Refills { get; private set; }

        /// <summary>The level now, in percent.</summary>
        public double Level
        {
            get
            {
                Update();
                return _level;
            }
        }

        /// <summary>The user fills the slot.</summary>
        public void Refill()
        {
            Update();
            _level = 100;
            Refills++;
            _armed = true;
        }

        /// <inheritdoc />
        public int ReadRaw(int channel)
        {
            Update();
            return _slot.RawEmpty + (int)Math.Round((_slot.RawFull - _slot.RawEmpty) * _level / 100.0);
        }

        private void Update()
        {
            DateTime now = _clock.UtcNow;
            while (_at < now)
            {
                int day = (int)(_at - _clock.Start).TotalDays;
                if (day != _day)
                {
                    _day = day;
                    _todayRate = _percentPerDay * (0.75 + (_random.NextDouble() * 0.5));
                }

                DateTime dayEnd = _clock.Start.AddDays(day + 1);
                DateTime until = dayEnd < now ? dayEnd : now;
                _level = Math.Max(FloorPercent, _level - (_todayRate * (until - _at).TotalDays));
                _at = until;
                if (_armed && _level <= _slot.LowPercent)
                {
                    _armed = false;
                    LowEpisodes++;
                    LastEpisodeStart = _at;
                }
            }
        }
    }
}
