using System;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// Layout of the refusal record kept by <see cref="DualSlotRecordStore"/>: two text fields (see
    /// <see cref="PayloadWriter.WriteText"/>), the refusal count and the first refusal's time in
    /// UTC ticks, both in decimal digits, so a dump of the flash reads plainly.
    /// </summary>
    public sealed class RefusalRecordCodec : IRecordType
    {
        /// <summary>Magic of refusal records: the bytes 'D' 'F' 'R' 'F' read as a little-endian integer.</summary>
        public const uint RecordMagic = 0x46524644;

        /// <summary>Payload layout version written by this firmware.</summary>
        public const byte Version = 1;

        // int.MaxValue and long.MaxValue have 10 and 19 digits.
        private const int MaxCountDigits = 10;
        private const int MaxTicksDigits = 19;

        /// <inheritdoc />
        public uint Magic
        {
            get { return RecordMagic; }
        }

        /// <inheritdoc />
        public byte FormatVersion
        {
            get { return Version; }
        }

        /// <inheritdoc />
        public int MaxPayloadLength
        {
            get { return PayloadWriter.TextFieldSize(MaxCountDigits) + PayloadWriter.TextFieldSize(MaxTicksDigits); }
        }

        /// <summary>The payload of a record.</summary>
        /// <param name="record">The record (count 1 or more).</param>
        /// <returns>The payload.</returns>
        public byte[] Encode(RefusalRecord record)
        {
            if (record == null)
            {
                throw new ArgumentNullException("record");
            }

            string count = record.Count.ToString();
            string ticks = record.FirstUtc.Ticks.ToString();
            PayloadWriter writer = new PayloadWriter(PayloadWriter.TextFieldSize(count.Length) + PayloadWriter.TextFieldSize(ticks.Length));
            writer.WriteText(count);
            writer.WriteText(ticks);
            return writer.ToArray();
        }

        /// <summary>The record a payload holds; never throws on content.</summary>
        /// <param name="payload">Payload bytes, or null.</param>
        /// <returns>The record, or null when there is none or it is malformed.</returns>
        public RefusalRecord Decode(byte[] payload)
        {
            if (payload == null)
            {
                return null;
            }

            PayloadReader reader = new PayloadReader(payload);
            string count = reader.ReadText(MaxCountDigits);
            string ticks = reader.ReadText(MaxTicksDigits);
            if (reader.Failed || !reader.AtEnd || !IsDigits(count) || !IsDigits(ticks))
            {
                return null;
            }

            long countValue = long.Parse(count);
            long ticksValue = long.Parse(ticks);
            if (countValue < 1 || countValue > int.MaxValue || ticksValue > DateTime.MaxValue.Ticks)
            {
                return null;
            }

            return new RefusalRecord((int)countValue, new DateTime(ticksValue));
        }

        /// <inheritdoc />
        public bool IsValidPayload(byte[] payload)
        {
            return Decode(payload) != null;
        }

        private static bool IsDigits(string text)
        {
            if (text == null || text.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
