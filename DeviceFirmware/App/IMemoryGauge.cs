namespace DeviceFirmware.App
{
    /// <summary>Free managed memory (port; device: nanoFramework.Runtime.Native.GC.Run, host: the .NET GC).</summary>
    public interface IMemoryGauge
    {
        /// <summary>Collects garbage and measures what is free.</summary>
        /// <returns>Free managed heap in bytes.</returns>
        long FreeBytes();
    }
}
