namespace DeviceFirmware.Storage
{
    /// <summary>
    /// Comparison of 32-bit record sequence numbers that survives wrap-around (serial number
    /// arithmetic as in RFC 1982): after 0xFFFFFFFF comes 0, and 0 is then the newer one.
    /// </summary>
    public static class SequenceNumber
    {
        /// <summary>True when <paramref name="candidate"/> was issued after <paramref name="reference"/>.</summary>
        /// <param name="candidate">Sequence number to test.</param>
        /// <param name="reference">Sequence number to compare with.</param>
        /// <returns>Whether the candidate is newer; false for equal numbers and for numbers exactly 2^31 apart.</returns>
        public static bool IsNewer(uint candidate, uint reference)
        {
            return unchecked((int)(candidate - reference)) > 0;
        }

        /// <summary>The number that follows <paramref name="sequence"/>, wrapping after 0xFFFFFFFF.</summary>
        /// <param name="sequence">A sequence number.</param>
        /// <returns>The next one.</returns>
        public static uint Next(uint sequence)
        {
            return unchecked(sequence + 1);
        }
    }
}
