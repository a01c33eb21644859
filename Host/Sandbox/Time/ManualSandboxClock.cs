using System;

namespace DeviceFirmware.Sandbox.Time
{
    /// <summary>A clock that moves only when told to: for tests and the simulator's virtual time. Thread-safe.</summary>
    public sealed class ManualSandboxClock : ISandboxClock
    {
        private readonly object _gate = new object();
        private DateTimeOffset _now;

        /// <summary>A clock standing at <paramref name="start"/> (2030-01-01T00:00:00Z when omitted).</summary>
        /// <param name="start">The initial time; converted to UTC.</param>
        public ManualSandboxClock(DateTimeOffset? start = null)
        {
            _now = (start ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToUniversalTime();
        }

        /// <inheritdoc />
        public DateTimeOffset UtcNow
        {
            get
            {
                lock (_gate)
                {
                    return _now;
                }
            }
        }

        /// <summary>Moves the clock forward.</summary>
        /// <param name="by">How far; must not be negative (time never runs backwards here).</param>
        public void Advance(TimeSpan by)
        {
            if (by < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(by), "The sandbox clock never runs backwards.");
            }

            lock (_gate)
            {
                _now += by;
            }
        }

        /// <summary>Sets the clock to <paramref name="now"/>, which must not be earlier than the current time.</summary>
        /// <param name="now">The new time; converted to UTC.</param>
        public void Set(DateTimeOffset now)
        {
            lock (_gate)
            {
                if (now < _now)
                {
                    throw new ArgumentOutOfRangeException(nameof(now), "The sandbox clock never runs backwards.");
                }

                _now = now.ToUniversalTime();
            }
        }
    }
}
