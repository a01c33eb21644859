using System;

namespace DeviceFirmware.App
{
    /// <summary>How long the device's main loop sleeps: until the application's next wake-up, never less than zero, never more than a bound.</summary>
    public static class WakeDelay
    {
        /// <summary>Bound while the provisioning window is open or the button may be held: the app and the LED react within it.</summary>
        public static readonly TimeSpan Responsive = new TimeSpan(0, 0, 1);

        /// <summary>Clamps the time until <paramref name="nextWake"/> to 0..<paramref name="bound"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="nextWake">When the application wants to run next.</param>
        /// <param name="bound">The longest sleep, positive.</param>
        /// <returns>The sleep.</returns>
        public static TimeSpan Until(DateTime now, DateTime nextWake, TimeSpan bound)
        {
            if (bound <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("bound", "the sleep bound must be positive");
            }

            TimeSpan wait = nextWake - now;
            if (wait < TimeSpan.Zero)
            {
                return TimeSpan.Zero;
            }

            return wait > bound ? bound : wait;
        }
    }
}
