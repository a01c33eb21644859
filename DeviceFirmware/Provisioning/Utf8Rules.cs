namespace DeviceFirmware.Provisioning
{
    /// <summary>Checks that bytes are well-formed UTF-8 (RFC 3629 section 4): no overlong forms, surrogates or code points above U+10FFFF.</summary>
    public static class Utf8Rules
    {
        /// <summary>True when the bytes are well-formed UTF-8 without control characters (U+0000-U+001F, U+007F).</summary>
        /// <param name="bytes">The bytes.</param>
        /// <returns>Whether they are printable UTF-8 text.</returns>
        public static bool IsPrintableText(byte[] bytes)
        {
            int i = 0;
            while (i < bytes.Length)
            {
                int b = bytes[i];
                if (b < 0x80)
                {
                    if (b < 0x20 || b == 0x7F)
                    {
                        return false;
                    }

                    i++;
                    continue;
                }

                int length;
                int min;
                int codePoint;
                if ((b & 0xE0) == 0xC0)
                {
                    length = 2;
                    min = 0x80;
                    codePoint = b & 0x1F;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    length = 3;
                    min = 0x800;
                    codePoint = b & 0x0F;
                }
                else if ((b & 0xF8) == 0xF0)
                {
                    length = 4;
                    min = 0x10000;
                    codePoint = b & 0x07;
                }
                else
                {
                    return false;
                }

                if (i + length > bytes.Length)
                {
                    return false;
                }

                for (int k = 1; k < length; k++)
                {
                    int c = bytes[i + k];
                    if ((c & 0xC0) != 0x80)
                    {
                        return false;
                    }

                    codePoint = (codePoint << 6) | (c & 0x3F);
                }

                if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return false;
                }

                i += length;
            }

            return true;
        }
    }
}
