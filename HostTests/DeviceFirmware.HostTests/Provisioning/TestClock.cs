using System;
using DeviceFirmware.Time;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>A clock the test moves.</summary>
    internal sealed class TestClock : IClock
    {
        public TestClock(DateTime start) => UtcNow = start;

        public DateTime UtcNow { get; private set; }

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}
