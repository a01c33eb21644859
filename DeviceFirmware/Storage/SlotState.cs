namespace DeviceFirmware.Storage
{
    /// <summary>What reading one record slot found.</summary>
    public enum SlotState
    {
        /// <summary>The slot does not exist (never written, or erased).</summary>
        Absent,

        /// <summary>The slot holds a complete record of the expected kind with a correct CRC and payload.</summary>
        Valid,

        /// <summary>The slot holds something else: a torn write, corruption, another kind or version of record.</summary>
        Invalid,
    }
}
