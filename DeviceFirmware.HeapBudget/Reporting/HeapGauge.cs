namespace DeviceFirmware.HeapBudget.Reporting
{
    /// <summary>Free managed heap after a collection (nanoFramework.Runtime.Native.GC.Run without compaction).</summary>
    public sealed class HeapGauge
    {
        /// <summary>Collects garbage and returns the free bytes.</summary>
        /// <returns>Free managed heap in bytes.</returns>
        public long FreeBytes()
        {
            // Compaction (GC.Run(true)) crashes the host build of nanoCLR; a plain collection is what the firmware's MemoryReport does too.
            return nanoFramework.Runtime.Native.GC.Run(false);
        }
    }
}
