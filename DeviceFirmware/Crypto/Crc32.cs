using System;

namespace DeviceFirmware.Crypto
{
    /// <summary>
    /// CRC-32 as IEEE 802.3, zlib and PNG define it: reflected polynomial 0xEDB88320, initial value
    /// and final XOR 0xFFFFFFFF (check value of "123456789" is 0xCBF43926). It detects torn and
    /// corrupt flash records; it is no defence against tampering.
    /// </summary>
    public static class Crc32
    {
        // IEEE 802.3 section 3.2.9 generator polynomial, bit-reversed for LSB-first processing.
        private const uint ReflectedPolynomial = 0xEDB88320;

        private static readonly uint[] Table = BuildTable();

        /// <summary>Computes the CRC-32 of a whole buffer.</summary>
        /// <param name="data">The bytes to check.</param>
        /// <returns>The CRC-32.</returns>
        public static uint Compute(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            return Compute(data, 0, data.Length);
        }

        /// <summary>Computes the CRC-32 of part of a buffer.</summary>
        /// <param name="data">Source buffer.</param>
        /// <param name="offset">Index of the first byte to check.</param>
        /// <param name="count">Number of bytes to check.</param>
        /// <returns>The CRC-32.</returns>
        public static uint Compute(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "offset and count must lie within the buffer");
            }

            // A local copy of the table reference: one static field load instead of one per byte (it matters on nanoCLR's interpreter).
            uint[] table = Table;
            uint crc = 0xFFFFFFFF;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFF;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? ReflectedPolynomial ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
