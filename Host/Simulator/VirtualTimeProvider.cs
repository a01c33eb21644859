using System;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The simulation's virtual clock as a <see cref="TimeProvider"/>, for the web application: the device signs
    /// each request with virtual time and the web application checks it against a 300 s window, so both must
    /// read the same clock (and the tokens and leases it keeps age in virtual time, as the sandbox's do).
    /// </summary>
    public sealed class VirtualTimeProvider : TimeProvider
    {
        private readonly VirtualClock _clock;

        /// <summary>Reads <paramref name="clock"/>.</summary>
        public VirtualTimeProvider(VirtualClock clock)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        }

        /// <inheritdoc />
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(DateTime.SpecifyKind(_clock.UtcNow, DateTimeKind.Utc));
    }
}
