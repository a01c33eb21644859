namespace DeviceFirmware.Replenishment
{
    /// <summary>What one reading changed in <see cref="LowSupplyDetector"/>.</summary>
    public enum SupplyLevelChange
    {
        /// <summary>Nothing (still normal, still low, or a streak not yet long enough).</summary>
        None,

        /// <summary>Enough consecutive readings at or below the low threshold: a low episode starts.</summary>
        BecameLow,

        /// <summary>Enough consecutive readings at or above the refill threshold: the episode ends, ordering is re-armed.</summary>
        Refilled,
    }
}
