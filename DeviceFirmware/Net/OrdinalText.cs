namespace DeviceFirmware.Net
{
    /// <summary>
    /// Ordinal string comparisons that behave the same on nanoFramework and .NET. On .NET,
    /// string.StartsWith(string) and IndexOf(string) follow the current culture (and with ICU
    /// ignore some characters entirely); nanoFramework has no StringComparison overloads.
    /// </summary>
    public static class OrdinalText
    {
        /// <summary>True when <paramref name="text"/> begins with <paramref name="prefix"/>, char by char.</summary>
        /// <param name="text">The text.</param>
        /// <param name="prefix">The prefix.</param>
        /// <returns>Whether it does.</returns>
        public static bool StartsWith(string text, string prefix)
        {
            if (text == null || prefix == null || text.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (text[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>First index of <paramref name="value"/> in <paramref name="text"/>, char by char.</summary>
        /// <param name="text">The text searched.</param>
        /// <param name="value">The text sought (not empty).</param>
        /// <returns>The index, or -1.</returns>
        public static int IndexOf(string text, string value)
        {
            if (text == null || value == null || value.Length == 0)
            {
                return -1;
            }

            int last = text.Length - value.Length;
            for (int start = 0; start <= last; start++)
            {
                int k = 0;
                while (k < value.Length && text[start + k] == value[k])
                {
                    k++;
                }

                if (k == value.Length)
                {
                    return start;
                }
            }

            return -1;
        }

        /// <summary>Compares ignoring the case of ASCII letters only (no culture rules).</summary>
        /// <param name="a">A string.</param>
        /// <param name="b">Another string.</param>
        /// <returns>Whether they are equal up to ASCII case; false if either is null.</returns>
        public static bool EqualsIgnoreAsciiCase(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (LowerAscii(a[i]) != LowerAscii(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char LowerAscii(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    }
}
