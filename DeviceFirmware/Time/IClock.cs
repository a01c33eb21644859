using System;

namespace DeviceFirmware.Time
{
    /// <summary>
    /// The current time, for logic that must not read the wall clock itself, so that the
    /// simulator can run a month in seconds and tests are repeatable. Device: the SNTP-synced RTC.
    /// </summary>
    public interface IClock
    {
        /// <summary>Current UTC time.</summary>
        DateTime UtcNow { get; }
    }
}
