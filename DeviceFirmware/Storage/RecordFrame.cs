using System;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.Storage
{
    /// <summary>
    /// The envelope every stored record shares, so a torn or corrupt slot is always recognised.
    /// Layout, little-endian:
    /// <code>
    /// offset  size  field
    ///  0      4     magic (the record type's)
    ///  4      1     format version (of the payload layout)
    ///  5      1     reserved, 0
    ///  6      2     payload length n
    ///  8      4     sequence number (wraps; see SequenceNumber)
    /// 12      n     payload
    /// 12+n    4     CRC-32 (IEEE 802.3) of bytes 0 to 12+n-1
    /// </code>
    /// A slot holds exactly one record: any other length is invalid.
    /// </summary>
    public static class RecordFrame
    {
        /// <summary>Bytes before the payload.</summary>
        public const int HeaderLength = 12;

        /// <summary>Bytes after the payload (the CRC).</summary>
        public const int TrailerLength = 4;

        /// <summary>Bytes a record adds to its payload.</summary>
        public const int Overhead = HeaderLength + TrailerLength;

        /// <summary>Largest payload the 16-bit length field can describe.</summary>
        public const int MaxPayloadLength = 0xFFFF;

        private const int MagicOffset = 0;
        private const int VersionOffset = 4;
        private const int ReservedOffset = 5;
        private const int LengthOffset = 6;
        private const int SequenceOffset = 8;

        /// <summary>Builds the bytes of a record.</summary>
        /// <param name="type">Kind of record (magic and format version).</param>
        /// <param name="sequence">Sequence number of this record.</param>
        /// <param name="payload">Payload, at most the type's <see cref="IRecordType.MaxPayloadLength"/> bytes.</param>
        /// <returns>The record, <see cref="Overhead"/> bytes longer than the payload.</returns>
        public static byte[] Encode(IRecordType type, uint sequence, byte[] payload)
        {
            if (type == null)
            {
                throw new ArgumentNullException("type");
            }

            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }

            if (payload.Length > type.MaxPayloadLength || payload.Length > MaxPayloadLength)
            {
                throw new ArgumentException("payload of " + payload.Length + " bytes exceeds the record type's limit of " + type.MaxPayloadLength, "payload");
            }

            byte[] record = new byte[payload.Length + Overhead];
            LittleEndian.WriteUInt32(record, MagicOffset, type.Magic);
            record[VersionOffset] = type.FormatVersion;
            record[ReservedOffset] = 0;
            LittleEndian.WriteUInt16(record, LengthOffset, payload.Length);
            LittleEndian.WriteUInt32(record, SequenceOffset, sequence);
            Array.Copy(payload, 0, record, HeaderLength, payload.Length);
            int crcOffset = HeaderLength + payload.Length;
            LittleEndian.WriteUInt32(record, crcOffset, Crc32.Compute(record, 0, crcOffset));
            return record;
        }

        /// <summary>
        /// Checks the bytes of a slot. Never throws on content: anything that is not a complete,
        /// intact record of <paramref name="type"/> comes back as <see cref="SlotState.Invalid"/>.
        /// </summary>
        /// <param name="slot">Slot name, for the reading.</param>
        /// <param name="bytes">The slot's bytes, or null when the slot does not exist.</param>
        /// <param name="type">The kind of record expected.</param>
        /// <returns>What the slot holds.</returns>
        public static SlotReading Inspect(string slot, byte[] bytes, IRecordType type)
        {
            if (type == null)
            {
                throw new ArgumentNullException("type");
            }

            if (bytes == null)
            {
                return SlotReading.Absent(slot);
            }

            if (bytes.Length < Overhead)
            {
                return SlotReading.Invalid(slot, "holds " + bytes.Length + " bytes: shorter than a record");
            }

            if (LittleEndian.ReadUInt32(bytes, MagicOffset) != type.Magic)
            {
                return SlotReading.Invalid(slot, "does not start with the record magic");
            }

            if (bytes[VersionOffset] != type.FormatVersion)
            {
                return SlotReading.Invalid(slot, "has format version " + bytes[VersionOffset] + " where " + type.FormatVersion + " is expected");
            }

            if (bytes[ReservedOffset] != 0)
            {
                return SlotReading.Invalid(slot, "has a non-zero reserved byte");
            }

            int payloadLength = LittleEndian.ReadUInt16(bytes, LengthOffset);
            if (payloadLength > type.MaxPayloadLength)
            {
                return SlotReading.Invalid(slot, "declares a payload of " + payloadLength + " bytes: over the limit of " + type.MaxPayloadLength);
            }

            if (bytes.Length != payloadLength + Overhead)
            {
                return SlotReading.Invalid(slot, "holds " + bytes.Length + " bytes where its header declares " + (payloadLength + Overhead));
            }

            int crcOffset = HeaderLength + payloadLength;
            if (LittleEndian.ReadUInt32(bytes, crcOffset) != Crc32.Compute(bytes, 0, crcOffset))
            {
                return SlotReading.Invalid(slot, "fails its CRC check");
            }

            byte[] payload = new byte[payloadLength];
            Array.Copy(bytes, HeaderLength, payload, 0, payloadLength);
            if (!type.IsValidPayload(payload))
            {
                return SlotReading.Invalid(slot, "has an intact but malformed payload");
            }

            return SlotReading.Valid(slot, LittleEndian.ReadUInt32(bytes, SequenceOffset), payload);
        }
    }
}
