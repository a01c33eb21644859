namespace DeviceFirmware.Codec
{
    /// <summary>Lowercase hexadecimal, as the device API writes signatures and body hashes and as the device key file holds the key.</summary>
    public static class LowerHex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Two lowercase hex digits per byte.</summary>
        /// <param name="data">The bytes.</param>
        /// <returns>The text, 2 characters per byte.</returns>
        public static string Encode(byte[] data)
        {
            char[] chars = new char[data.Length * 2];
            for (int i = 0; i < data.Length; i++)
            {
                chars[2 * i] = Digits[data[i] >> 4];
                chars[(2 * i) + 1] = Digits[data[i] & 0x0F];
            }

            return new string(chars);
        }

        /// <summary>Reads lowercase hex digits into bytes; uppercase, odd lengths and other characters are refused.</summary>
        /// <param name="text">The characters to read.</param>
        /// <param name="offset">First character.</param>
        /// <param name="count">Characters to read, even.</param>
        /// <returns>count / 2 bytes; null when anything is not a lowercase hex digit or count is odd.</returns>
        public static byte[] Decode(char[] text, int offset, int count)
        {
            if (count % 2 != 0)
            {
                return null;
            }

            byte[] bytes = new byte[count / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                int high = ValueOf(text[offset + (2 * i)]);
                int low = ValueOf(text[offset + (2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    // Whatever was read is part of a secret: do not leave it behind.
                    System.Array.Clear(bytes, 0, bytes.Length);
                    return null;
                }

                bytes[i] = (byte)((high << 4) | low);
            }

            return bytes;
        }

        private static int ValueOf(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }
    }
}
