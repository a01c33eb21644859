using System;

namespace DeviceFirmware.Codec
{
    /// <summary>
    /// Base64url without padding (RFC 4648 section 5, as RFC 7636 appendix A uses it).
    /// Decoding is strict: no padding, no white space, no characters outside the URL-safe
    /// alphabet, no non-zero bits after the last whole byte. Error messages give a position,
    /// never the input, because the input may be a secret.
    /// </summary>
    public static class Base64Url
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        /// <summary>Number of characters that encoding <paramref name="byteCount"/> bytes produces.</summary>
        /// <param name="byteCount">Number of input bytes.</param>
        /// <returns>The encoded length, without padding.</returns>
        public static int EncodedLength(int byteCount)
        {
            if (byteCount < 0)
            {
                throw new ArgumentOutOfRangeException("byteCount", "byte count must not be negative");
            }

            return ((byteCount / 3) * 4) + ((byteCount % 3) == 0 ? 0 : (byteCount % 3) + 1);
        }

        /// <summary>Encodes bytes as base64url text without padding.</summary>
        /// <param name="data">The bytes to encode.</param>
        /// <returns>The encoded text.</returns>
        public static string Encode(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            byte[] ascii = new byte[EncodedLength(data.Length)];
            EncodeTo(data, 0, data.Length, ascii, 0);
            return AsciiText.GetString(ascii);
        }

        /// <summary>
        /// Encodes bytes into ASCII characters in a caller-owned buffer, so that a secret
        /// (a PKCE verifier) can live in an array its owner can wipe, never in an immutable string.
        /// </summary>
        /// <param name="data">Source buffer.</param>
        /// <param name="offset">First byte to encode.</param>
        /// <param name="count">Number of bytes to encode.</param>
        /// <param name="output">Receives <see cref="EncodedLength"/>(count) ASCII characters.</param>
        /// <param name="outputOffset">Where the first character goes.</param>
        public static void EncodeTo(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (output == null)
            {
                throw new ArgumentNullException("output");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "offset and count must lie within the input buffer");
            }

            int needed = EncodedLength(count);
            if (outputOffset < 0 || outputOffset > output.Length - needed)
            {
                throw new ArgumentOutOfRangeException("outputOffset", "output buffer too small: " + needed + " characters needed");
            }

            int o = outputOffset;
            int end = offset + count;
            int i = offset;
            for (; i + 2 < end; i += 3)
            {
                int triple = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
                output[o++] = (byte)Alphabet[(triple >> 18) & 0x3F];
                output[o++] = (byte)Alphabet[(triple >> 12) & 0x3F];
                output[o++] = (byte)Alphabet[(triple >> 6) & 0x3F];
                output[o++] = (byte)Alphabet[triple & 0x3F];
            }

            int rest = end - i;
            if (rest == 1)
            {
                int single = data[i] << 16;
                output[o++] = (byte)Alphabet[(single >> 18) & 0x3F];
                output[o] = (byte)Alphabet[(single >> 12) & 0x3F];
            }
            else if (rest == 2)
            {
                int pair = (data[i] << 16) | (data[i + 1] << 8);
                output[o++] = (byte)Alphabet[(pair >> 18) & 0x3F];
                output[o++] = (byte)Alphabet[(pair >> 12) & 0x3F];
                output[o] = (byte)Alphabet[(pair >> 6) & 0x3F];
            }
        }

        /// <summary>Decodes base64url text without padding.</summary>
        /// <param name="text">The encoded text.</param>
        /// <returns>The decoded bytes.</returns>
        /// <exception cref="FormatException">The text is not canonical unpadded base64url.</exception>
        public static byte[] Decode(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            int length = text.Length;
            if (length % 4 == 1)
            {
                throw new FormatException("base64url: length " + length + " is impossible (a length of 4n+1 characters never encodes whole bytes)");
            }

            int fullGroups = length / 4;
            int rest = length % 4;
            byte[] result = new byte[(fullGroups * 3) + (rest == 0 ? 0 : rest - 1)];
            int r = 0;
            int position = 0;
            for (int g = 0; g < fullGroups; g++)
            {
                int quad = (ValueAt(text, position) << 18) | (ValueAt(text, position + 1) << 12)
                    | (ValueAt(text, position + 2) << 6) | ValueAt(text, position + 3);
                position += 4;
                result[r++] = (byte)(quad >> 16);
                result[r++] = (byte)(quad >> 8);
                result[r++] = (byte)quad;
            }

            if (rest == 2)
            {
                int first = ValueAt(text, position);
                int second = ValueAt(text, position + 1);
                if ((second & 0x0F) != 0)
                {
                    throw new FormatException("base64url: non-zero unused bits in the last character (position " + (position + 1) + ")");
                }

                result[r] = (byte)((first << 2) | (second >> 4));
            }
            else if (rest == 3)
            {
                int first = ValueAt(text, position);
                int second = ValueAt(text, position + 1);
                int third = ValueAt(text, position + 2);
                if ((third & 0x03) != 0)
                {
                    throw new FormatException("base64url: non-zero unused bits in the last character (position " + (position + 2) + ")");
                }

                result[r++] = (byte)((first << 2) | (second >> 4));
                result[r] = (byte)(((second & 0x0F) << 4) | (third >> 2));
            }

            return result;
        }

        private static int ValueAt(string text, int position)
        {
            char c = text[position];
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            if (c == '-')
            {
                return 62;
            }

            if (c == '_')
            {
                return 63;
            }

            if (c == '=')
            {
                throw new FormatException("base64url: padding '=' at position " + position + " is not allowed (unpadded encoding)");
            }

            if (c == '+' || c == '/')
            {
                throw new FormatException("base64url: standard base64 character at position " + position + "; base64url uses '-' and '_'");
            }

            throw new FormatException("base64url: invalid character at position " + position);
        }
    }
}
