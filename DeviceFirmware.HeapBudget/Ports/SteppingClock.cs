using System;
using DeviceFirmware.Time;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>A clock the flow moves forward itself (simulated time: an hour runs in a moment).</summary>
    public sealed class SteppingClock : IClock
    {
        /// <summary>Starts at <paramref name="start"/> (UTC).</summary>
        /// <param name="start">The first time.</param>
        public SteppingClock(DateTime start)
        {
            UtcNow = start;
        }

        /// <inheritdoc />
        public DateTime UtcNow { get; private set; }

        /// <summary>Moves the clock forward.</summary>
        /// <param name="by">How far.</param>
        public void Advance(TimeSpan by)
        {
            UtcNow = UtcNow + by;
        }
    }
}
