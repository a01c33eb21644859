using System;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A sensor adapter with a bug: every read throws an exception that is not a SupplySensorException.</summary>
    public sealed class ThrowingSupplySensor : ISupplySensor
    {
        /// <inheritdoc />
        public int ReadRaw(int channel)
        {
            throw new InvalidOperationException("driver bug");
        }
    }
}
