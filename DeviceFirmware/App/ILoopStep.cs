using System;

namespace DeviceFirmware.App
{
    /// <summary>One pass of the firmware's main loop (port; the device wraps the application's Tick in it).</summary>
    public interface ILoopStep
    {
        /// <summary>Does the work due at <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>How long the loop may sleep before the next pass.</returns>
        TimeSpan Run(DateTime now);
    }
}
