namespace DeviceFirmware.Codec
{
    /// <summary>
    /// One byte per character, both ways: for text the callers have already limited to ASCII
    /// (verifiers, challenges, identifiers, provisioning fields), where a UTF-8 codec is not needed.
    /// </summary>
    public static class AsciiText
    {
        /// <summary>The low byte of every character of <paramref name="text"/>.</summary>
        /// <param name="text">ASCII text.</param>
        /// <returns>One byte per character.</returns>
        public static byte[] GetBytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        /// <summary>The text whose characters are the given bytes.</summary>
        /// <param name="bytes">ASCII bytes.</param>
        /// <returns>One character per byte.</returns>
        public static string GetString(byte[] bytes)
        {
            return GetString(bytes, 0, bytes.Length);
        }

        /// <summary>The text whose characters are <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        /// <param name="bytes">Source buffer.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>One character per byte.</returns>
        public static string GetString(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }

            return new string(chars);
        }
    }
}
