using DeviceFirmware.App;

namespace DeviceFirmware.Esp32
{
    /// <summary>Free managed memory on the device: nanoFramework.Runtime.Native.GC.Run(false) collects and returns the free heap (no compaction: it is slow).</summary>
    public sealed class MemoryReport : IMemoryGauge
    {
        /// <inheritdoc />
        public long FreeBytes()
        {
            return nanoFramework.Runtime.Native.GC.Run(false);
        }
    }
}
