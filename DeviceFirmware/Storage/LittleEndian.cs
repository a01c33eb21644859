namespace DeviceFirmware.Storage
{
    /// <summary>Little-endian integers in byte buffers, the byte order of every stored record.</summary>
    public static class LittleEndian
    {
        /// <summary>Writes a 16-bit value.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the low byte goes.</param>
        /// <param name="value">Value, of which the low 16 bits are written.</param>
        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
        }

        /// <summary>Writes a 32-bit value.</summary>
        /// <param name="buffer">Destination.</param>
        /// <param name="offset">Where the low byte goes.</param>
        /// <param name="value">Value.</param>
        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
            buffer[offset + 2] = (byte)((value >> 16) & 0xFF);
            buffer[offset + 3] = (byte)((value >> 24) & 0xFF);
        }

        /// <summary>Reads a 16-bit value.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the low byte is.</param>
        /// <returns>The value, 0 to 65535.</returns>
        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }

        /// <summary>Reads a 32-bit value.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">Where the low byte is.</param>
        /// <returns>The value.</returns>
        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)buffer[offset]
                | ((uint)buffer[offset + 1] << 8)
                | ((uint)buffer[offset + 2] << 16)
                | ((uint)buffer[offset + 3] << 24);
        }
    }
}
