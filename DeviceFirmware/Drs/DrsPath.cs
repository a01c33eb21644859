using System;
using DeviceFirmware.Codec;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// Path parameters of DRS calls (slot IDs, event instance IDs): printable ASCII, percent-encoded
    /// as one path segment per RFC 3986 section 2 (unreserved characters A-Z a-z 0-9 - . _ ~ stay,
    /// every other character becomes %XX), so that an ID can never add a path segment or a query.
    /// </summary>
    public static class DrsPath
    {
        /// <summary>Longest parameter accepted.</summary>
        public const int MaxParameterLength = 256;

        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>Encodes one path segment.</summary>
        /// <param name="value">1 to <see cref="MaxParameterLength"/> printable ASCII characters.</param>
        /// <returns>The encoded segment.</returns>
        /// <exception cref="ArgumentException">The value is empty, too long, or not printable ASCII.</exception>
        public static string EncodeSegment(string value)
        {
            if (value == null || value.Length == 0)
            {
                throw new ArgumentException("DRS path parameter is empty", "value");
            }

            if (value.Length > MaxParameterLength)
            {
                throw new ArgumentException("DRS path parameter is " + value.Length + " characters: at most " + MaxParameterLength, "value");
            }

            char[] encoded = new char[value.Length * 3];
            int length = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < ' ' || c > '~')
                {
                    throw new ArgumentException("DRS path parameter has a character outside printable ASCII at position " + i, "value");
                }

                if (UriCharacters.IsUnreserved(c))
                {
                    encoded[length++] = c;
                }
                else
                {
                    encoded[length++] = '%';
                    encoded[length++] = HexDigits[c >> 4];
                    encoded[length++] = HexDigits[c & 0x0F];
                }
            }

            return new string(encoded, 0, length);
        }
    }
}
