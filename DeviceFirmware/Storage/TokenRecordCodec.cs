namespace DeviceFirmware.Storage
{
    /// <summary>
    /// The payload of a token record, format version 1: three text fields, each a 16-bit
    /// little-endian length followed by its characters, in this order: refresh token, client ID,
    /// token endpoint. Wrapped in a <see cref="RecordFrame"/> with magic "DFTK".
    /// </summary>
    public sealed class TokenRecordCodec : IRecordType
    {
        /// <summary>Magic of token records: the bytes 'D' 'F' 'T' 'K' read as a little-endian integer.</summary>
        public const uint RecordMagic = 0x4B544644;

        /// <summary>Payload layout version written by this firmware.</summary>
        public const byte Version = 1;

        /// <summary>Largest payload: three length prefixes and three fields at their limits.</summary>
        public const int MaxPayloadSize = 6 + TokenRecord.MaxRefreshTokenLength + TokenRecord.MaxClientIdLength + TokenRecord.MaxTokenEndpointLength;

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
            get { return MaxPayloadSize; }
        }

        /// <summary>Size on flash of the whole record (frame included) that holds <paramref name="record"/>.</summary>
        /// <param name="record">A token record.</param>
        /// <returns>Bytes one save of it writes.</returns>
        public static int RecordSize(TokenRecord record)
        {
            return RecordFrame.Overhead + PayloadSize(record);
        }

        /// <summary>The payload bytes of a record.</summary>
        /// <param name="record">A token record.</param>
        /// <returns>Its payload.</returns>
        public byte[] Encode(TokenRecord record)
        {
            if (record == null)
            {
                throw new System.ArgumentNullException("record");
            }

            PayloadWriter writer = new PayloadWriter(PayloadSize(record));
            writer.WriteText(record.RefreshToken);
            writer.WriteText(record.ClientId);
            writer.WriteText(record.TokenEndpoint);
            return writer.ToArray();
        }

        /// <summary>The record a payload holds; never throws on content.</summary>
        /// <param name="payload">Payload bytes.</param>
        /// <returns>The record, or null when the payload is malformed (a field empty, too long, cut short, with a non-VSCHAR byte, or bytes left over).</returns>
        public TokenRecord Decode(byte[] payload)
        {
            PayloadReader reader = new PayloadReader(payload);
            string refreshToken = reader.ReadText(TokenRecord.MaxRefreshTokenLength);
            string clientId = reader.ReadText(TokenRecord.MaxClientIdLength);
            string tokenEndpoint = reader.ReadText(TokenRecord.MaxTokenEndpointLength);
            if (!reader.AtEnd)
            {
                return null;
            }

            // The reader enforced exactly the rules the constructor checks, so this cannot throw.
            return new TokenRecord(refreshToken, clientId, tokenEndpoint);
        }

        /// <inheritdoc />
        public bool IsValidPayload(byte[] payload)
        {
            // The same rules as Decode without building the strings: load checks both slots, and up to 2 KB of tokens twice over is worth sparing on the device heap.
            PayloadReader reader = new PayloadReader(payload);
            reader.SkipText(TokenRecord.MaxRefreshTokenLength);
            reader.SkipText(TokenRecord.MaxClientIdLength);
            reader.SkipText(TokenRecord.MaxTokenEndpointLength);
            return reader.AtEnd;
        }

        private static int PayloadSize(TokenRecord record)
        {
            return PayloadWriter.TextFieldSize(record.RefreshToken.Length)
                + PayloadWriter.TextFieldSize(record.ClientId.Length)
                + PayloadWriter.TextFieldSize(record.TokenEndpoint.Length);
        }
    }
}
