namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>
    /// Tokens of typical LWA length, made on demand from their number so that the fake LWA keeps no copy of
    /// them (a retained figure must show what the firmware keeps). Not real secrets; they never reach a log.
    /// </summary>
    public static class FakeTokens
    {
        /// <summary>Length of an access token ("Atza|..."; LWA's are about 350-400 characters).</summary>
        public const int AccessLength = 380;

        /// <summary>Length of the refresh token ("Atzr|..."; LWA's are about 400 characters).</summary>
        public const int RefreshLength = 410;

        /// <summary>Access token number <paramref name="issue"/> (1, 2, ...).</summary>
        /// <param name="issue">Which one.</param>
        /// <returns>The token text.</returns>
        public static string Access(int issue)
        {
            return Make("Atza|IwEB", issue, AccessLength);
        }

        /// <summary>The refresh token (LWA does not rotate it in this flow).</summary>
        /// <returns>The token text.</returns>
        public static string Refresh()
        {
            return Make("Atzr|IwEB", 0, RefreshLength);
        }

        private static string Make(string prefix, int issue, int length)
        {
            char[] text = new char[length];
            for (int i = 0; i < prefix.Length; i++)
            {
                text[i] = prefix[i];
            }

            for (int i = prefix.Length; i < length; i++)
            {
                int v = ((i * 7) + (issue * 13)) % 62;
                text[i] = (char)(v < 10 ? '0' + v : (v < 36 ? 'A' + v - 10 : 'a' + v - 36));
            }

            return new string(text);
        }
    }
}
