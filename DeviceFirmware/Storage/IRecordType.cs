namespace DeviceFirmware.Storage
{
    /// <summary>
    /// What a typed layer tells <see cref="DualSlotRecordStore"/> about its records: how to recognise
    /// them and how to check a payload. One implementation per kind of record (tokens, replenishment state...).
    /// </summary>
    public interface IRecordType
    {
        /// <summary>Four bytes (little-endian) that open every record of this kind, so a slot holding another kind is never taken for this one.</summary>
        uint Magic { get; }

        /// <summary>Version of the payload layout; a record of another version is ignored.</summary>
        byte FormatVersion { get; }

        /// <summary>Largest payload a record of this kind may carry (at most <see cref="RecordFrame.MaxPayloadLength"/>).</summary>
        int MaxPayloadLength { get; }

        /// <summary>
        /// Checks a payload whose CRC is already known to be right: field lengths, limits and
        /// characters. Never throws: a bad payload makes its slot count as invalid.
        /// </summary>
        /// <param name="payload">The payload bytes.</param>
        /// <returns>Whether the payload is well formed.</returns>
        bool IsValidPayload(byte[] payload);
    }
}
