using System;
using DeviceFirmware.Time;

namespace DeviceFirmware.Esp32
{
    /// <summary>The device clock: the ESP32's RTC, which <see cref="SntpTimeSync"/> sets.</summary>
    public sealed class RtcClock : IClock
    {
        /// <inheritdoc />
        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }
    }
}
