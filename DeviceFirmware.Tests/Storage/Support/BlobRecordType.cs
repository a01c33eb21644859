using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Storage.Support
{
    /// <summary>
    /// A minimal record type for testing <see cref="DualSlotRecordStore"/> on its own: payloads of 1 to
    /// 64 bytes, any content except a first byte of 0xFF, which stands for "malformed".
    /// </summary>
    public sealed class BlobRecordType : IRecordType
    {
        /// <summary>Magic of blob records: 'B' 'L' 'O' 'B' little-endian.</summary>
        public const uint BlobMagic = 0x424F4C42;

        /// <inheritdoc />
        public uint Magic
        {
            get { return BlobMagic; }
        }

        /// <inheritdoc />
        public byte FormatVersion
        {
            get { return 3; }
        }

        /// <inheritdoc />
        public int MaxPayloadLength
        {
            get { return 64; }
        }

        /// <inheritdoc />
        public bool IsValidPayload(byte[] payload)
        {
            return payload != null && payload.Length > 0 && payload[0] != 0xFF;
        }
    }
}
