namespace DeviceFirmware.Provisioning
{
    /// <summary>ASCII text on the wire: one byte per character. For values checked to be ASCII.</summary>
    public static class WireText
    {
        /// <summary>The bytes of ASCII text.</summary>
        /// <param name="text">ASCII text.</param>
        /// <returns>One byte per character.</returns>
        public static byte[] FromAscii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        /// <summary>The text of ASCII bytes.</summary>
        /// <param name="bytes">ASCII bytes.</param>
        /// <returns>The text.</returns>
        public static string ToAscii(byte[] bytes)
        {
            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
