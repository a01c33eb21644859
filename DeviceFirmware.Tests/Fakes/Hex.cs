using System;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>Hex text for test vectors.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        /// <summary>Lower-case hex of the bytes.</summary>
        public static string Of(byte[] data)
        {
            char[] chars = new char[data.Length * 2];
            for (int i = 0; i < data.Length; i++)
            {
                chars[2 * i] = Digits[data[i] >> 4];
                chars[(2 * i) + 1] = Digits[data[i] & 0x0F];
            }

            return new string(chars);
        }

        /// <summary>The bytes of an ASCII string.</summary>
        public static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        /// <summary>A buffer of <paramref name="count"/> copies of one ASCII character.</summary>
        public static byte[] Repeat(char c, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)c;
            }

            return bytes;
        }

        /// <summary>Bytes from hex digits (either case), for test vectors.</summary>
        /// <param name="hex">An even number of hex digits.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Bytes(string hex)
        {
            byte[] bytes = new byte[hex.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((DigitValue(hex[2 * i]) << 4) | DigitValue(hex[(2 * i) + 1]));
            }

            return bytes;
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
        }
    }
}
