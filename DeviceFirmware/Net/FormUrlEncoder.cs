using System;
using System.Text;

namespace DeviceFirmware.Net
{
    /// <summary>
    /// application/x-www-form-urlencoded encoding of one name or value, per the WHATWG URL
    /// Standard (section 5.2, urlencoded serializer): A-Z a-z 0-9 * - . _ stay, space becomes '+',
    /// every other character becomes %XX for each byte of its UTF-8 form, upper-case hex. So a
    /// '|' in an LWA token is sent as %7C. An unpaired surrogate is encoded as U+FFFD
    /// (%EF%BF%BD), as the standard's UTF-8 encoder does. The encoder walks value.ToCharArray(),
    /// not value[i]: nanoCLR's string[i] answers the high surrogate for both halves of a
    /// character outside the BMP, while its ToCharArray gives the real UTF-16 units. U+0000
    /// cannot reach it on the device (a nanoFramework string ends there); on the host it is %00.
    /// </summary>
    public static class FormUrlEncoder
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>Encodes one name or value.</summary>
        /// <param name="value">The text.</param>
        /// <returns>The encoded text (ASCII).</returns>
        public static string Encode(string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            StringBuilder builder = new StringBuilder(value.Length + 16);
            AppendEncoded(builder, value);
            return builder.ToString();
        }

        /// <summary>Appends the encoding of <paramref name="value"/> to <paramref name="builder"/>.</summary>
        /// <param name="builder">Where to append.</param>
        /// <param name="value">The text.</param>
        public static void AppendEncoded(StringBuilder builder, string value)
        {
            if (builder == null)
            {
                throw new ArgumentNullException("builder");
            }

            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            // ToCharArray, not value[i]: see the class comment. On the device the string already holds
            // U+FFFD in place of a lone surrogate; on the host the last branch below writes it.
            char[] chars = value.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (IsKept(c))
                {
                    builder.Append(c);
                }
                else if (c == ' ')
                {
                    builder.Append('+');
                }
                else if (c < 0x80)
                {
                    AppendByte(builder, c);
                }
                else if (c < 0x800)
                {
                    AppendByte(builder, 0xC0 | (c >> 6));
                    AppendByte(builder, 0x80 | (c & 0x3F));
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < chars.Length && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
                {
                    int codePoint = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
                    i++;
                    AppendByte(builder, 0xF0 | (codePoint >> 18));
                    AppendByte(builder, 0x80 | ((codePoint >> 12) & 0x3F));
                    AppendByte(builder, 0x80 | ((codePoint >> 6) & 0x3F));
                    AppendByte(builder, 0x80 | (codePoint & 0x3F));
                }
                else
                {
                    // An unpaired surrogate has no UTF-8 form: U+FFFD instead.
                    int codePoint = (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c;
                    AppendByte(builder, 0xE0 | (codePoint >> 12));
                    AppendByte(builder, 0x80 | ((codePoint >> 6) & 0x3F));
                    AppendByte(builder, 0x80 | (codePoint & 0x3F));
                }
            }
        }

        /// <summary>True for the characters the urlencoded serializer leaves as they are.</summary>
        /// <param name="c">A character.</param>
        /// <returns>Whether it is written unchanged.</returns>
        public static bool IsKept(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '*' || c == '-' || c == '.' || c == '_';
        }

        private static void AppendByte(StringBuilder builder, int b)
        {
            builder.Append('%');
            builder.Append(HexDigits[(b >> 4) & 0x0F]);
            builder.Append(HexDigits[b & 0x0F]);
        }
    }
}
