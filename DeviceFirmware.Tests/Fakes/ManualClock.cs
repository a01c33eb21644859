using System;
using DeviceFirmware.Time;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A clock that moves only when the test says so.</summary>
    public sealed class ManualClock : IClock
    {
        /// <summary>Starts at <paramref name="start"/> (UTC).</summary>
        public ManualClock(DateTime start)
        {
            UtcNow = start;
        }

        /// <inheritdoc />
        public DateTime UtcNow { get; private set; }

        /// <summary>Moves the clock forward.</summary>
        public void Advance(TimeSpan by)
        {
            UtcNow = UtcNow + by;
        }
    }
}
