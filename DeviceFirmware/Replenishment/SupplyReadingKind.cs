namespace DeviceFirmware.Replenishment
{
    /// <summary>What a reading of a slot's sensor gave.</summary>
    public enum SupplyReadingKind
    {
        /// <summary>A fill level.</summary>
        Valid,

        /// <summary>Too many samples failed: the sensor or its channel is broken. Not a level.</summary>
        SensorError,

        /// <summary>The median sample lies beyond the calibrated range and its tolerance (broken wire, short, wrong calibration). Not a level.</summary>
        OutOfRange,
    }
}
