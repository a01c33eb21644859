using System;

namespace DeviceFirmware.Storage
{
    /// <summary>
    /// Text fields of stored records: characters 0x20 to 0x7E only, the VSCHAR set that RFC 6749
    /// appendix A allows in client_id, access_token and refresh_token (URLs fit it too), stored one
    /// byte per character. Errors name the field and a position, never the value: it may be a secret.
    /// </summary>
    public static class VisibleAscii
    {
        /// <summary>True when <paramref name="value"/> is a character RFC 6749 calls VSCHAR.</summary>
        /// <param name="value">A byte or character code.</param>
        /// <returns>Whether it may appear in a stored text field.</returns>
        public static bool IsVsChar(int value)
        {
            return value >= 0x20 && value <= 0x7E;
        }

        /// <summary>Throws unless <paramref name="value"/> is 1 to <paramref name="maxLength"/> VSCHAR characters.</summary>
        /// <param name="value">The text to check.</param>
        /// <param name="field">Parameter name of the text ("refreshToken"), for the error message.</param>
        /// <param name="maxLength">Most characters (bytes) allowed.</param>
        /// <exception cref="ArgumentNullException">The value is null.</exception>
        /// <exception cref="ArgumentException">The value is empty, too long or holds another character.</exception>
        public static void Check(string value, string field, int maxLength)
        {
            if (value == null)
            {
                throw new ArgumentNullException(field, field + " is missing");
            }

            if (value.Length == 0)
            {
                throw new ArgumentException(field + " is empty", field);
            }

            if (value.Length > maxLength)
            {
                throw new ArgumentException(field + " is " + value.Length + " characters: at most " + maxLength + " fit", field);
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (!IsVsChar(value[i]))
                {
                    throw new ArgumentException(field + " has a character outside printable ASCII at position " + i, field);
                }
            }
        }

        /// <summary>
        /// The text of <paramref name="count"/> bytes, or null when any of them is not VSCHAR.
        /// Never throws on content: used on bytes read from flash.
        /// </summary>
        /// <param name="data">Source buffer.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The text, or null.</returns>
        public static string FromBytes(byte[] data, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = data[offset + i];
                if (!IsVsChar(b))
                {
                    return null;
                }

                chars[i] = (char)b;
            }

            return new string(chars);
        }
    }
}
