namespace DeviceFirmware.Config
{
    /// <summary>
    /// Character rules of nf.config, written by hand so that both runtimes behave the same
    /// (no culture-sensitive string methods, no runtime-specific idea of white space).
    /// </summary>
    internal static class ConfigText
    {
        /// <summary>Longest value an error message quotes; a longer one is described by its length.</summary>
        internal const int MaxQuotedLength = 64;

        /// <summary>The UTF-8 byte order mark as it appears in decoded text.</summary>
        internal const char ByteOrderMark = '\uFEFF';

        /// <summary>Blanks around keys and values: space and tab.</summary>
        internal static bool IsBlank(char c)
        {
            return c == ' ' || c == '\t';
        }

        /// <summary>The text without leading and trailing blanks.</summary>
        internal static string TrimBlanks(string text)
        {
            int start = 0;
            int end = text.Length;
            while (start < end && IsBlank(text[start]))
            {
                start++;
            }

            while (end > start && IsBlank(text[end - 1]))
            {
                end--;
            }

            return start == 0 && end == text.Length ? text : Slice(text, start, end);
        }

        /// <summary>True for the characters of section names and keys: a-z 0-9 _ .</summary>
        internal static bool IsNameCharacter(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
        }

        /// <summary>True when the text is a non-empty section name or key.</summary>
        internal static bool IsName(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (!IsNameCharacter(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The characters from <paramref name="start"/> up to (not including) <paramref name="end"/>;
        /// empty when start is at or past end (never asks the runtime for a zero-length slice at the end).
        /// </summary>
        internal static string Slice(string text, int start, int end)
        {
            return start >= end ? string.Empty : text.Substring(start, end - start);
        }

        /// <summary>
        /// First index of <paramref name="c"/> at or after <paramref name="start"/>, or -1 (also when start is at the end).
        /// <paramref name="c"/> must be in the BMP (every character this parser looks for is ASCII).
        /// </summary>
        internal static int IndexOf(string text, char c, int start)
        {
            if (start >= text.Length)
            {
                return -1;
            }

            // nanoCLR's IndexOf stops at the first character outside the BMP and answers -1, so a
            // hit is trusted and a miss is checked by hand (string[i] is right for BMP characters).
            int found = text.IndexOf(c, start);
            if (found >= 0)
            {
                return found;
            }

            for (int i = start; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>True for an ASCII decimal digit.</summary>
        internal static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        /// <summary>ASCII-only lower case (culture-independent).</summary>
        internal static string ToLowerAscii(string text)
        {
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] >= 'A' && chars[i] <= 'Z')
                {
                    chars[i] = (char)(chars[i] + ('a' - 'A'));
                }
            }

            return new string(chars);
        }

        /// <summary>Number of bytes the text takes in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD).</summary>
        internal static int Utf8Length(string text)
        {
            // Over ToCharArray, not text[i]: nanoCLR's string[i] answers the high surrogate for both
            // halves of a character outside the BMP (6 bytes instead of 4) and scans the string on
            // every call; ToCharArray gives the real units in one pass. On the device a lone
            // surrogate is already U+FFFD in the string.
            char[] chars = text.ToCharArray();
            int bytes = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c < 0x80)
                {
                    bytes += 1;
                }
                else if (c < 0x800)
                {
                    bytes += 2;
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < chars.Length && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
                {
                    bytes += 4;
                    i++;
                }
                else
                {
                    bytes += 3;
                }
            }

            return bytes;
        }

        /// <summary>A value for an error message: quoted when short, otherwise only its length.</summary>
        internal static string Quote(string value)
        {
            return value.Length <= MaxQuotedLength ? "'" + value + "'" : "a " + value.Length + "-character value";
        }
    }
}
