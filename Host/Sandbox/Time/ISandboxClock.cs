using System;

namespace DeviceFirmware.Sandbox.Time
{
    /// <summary>
    /// The sandbox's notion of now: code and token lifetimes, access-token expiry, automatic
    /// order delivery and the request log's timestamps are measured on it, so a test or the
    /// simulator can move time forward without waiting.
    /// </summary>
    public interface ISandboxClock
    {
        /// <summary>The current time, in UTC.</summary>
        DateTimeOffset UtcNow { get; }
    }
}
