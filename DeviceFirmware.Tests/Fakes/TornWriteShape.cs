namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>What a slot holds after a power cut lets only the first k bytes of a write land.</summary>
    public enum TornWriteShape
    {
        /// <summary>The k new bytes, then the slot's old bytes from position k on: an in-place overwrite cut short (the nastiest case).</summary>
        NewPrefixThenOldBytes,

        /// <summary>Only the k new bytes: a file truncated, then written, then cut short (what File.Create then Write gives).</summary>
        NewPrefixOnly,
    }
}
