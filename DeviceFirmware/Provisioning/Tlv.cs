using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The tag-length-value layout of the info and challenge characteristics: repeated
    /// [tag: 1 byte][length: 1 byte][value: length bytes]. Readers skip tags they do not know.
    /// </summary>
    public static class Tlv
    {
        /// <summary>Encodes items; each value at most 255 bytes.</summary>
        /// <param name="tags">Tags, one per value.</param>
        /// <param name="values">Values (null values are left out).</param>
        /// <returns>The encoded bytes.</returns>
        public static byte[] Encode(byte[] tags, byte[][] values)
        {
            int length = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] != null)
                {
                    if (values[i].Length > 255)
                    {
                        throw new ArgumentException("a TLV value has at most 255 bytes", "values");
                    }

                    length += 2 + values[i].Length;
                }
            }

            byte[] encoded = new byte[length];
            int at = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == null)
                {
                    continue;
                }

                encoded[at] = tags[i];
                encoded[at + 1] = (byte)values[i].Length;
                Array.Copy(values[i], 0, encoded, at + 2, values[i].Length);
                at += 2 + values[i].Length;
            }

            return encoded;
        }

        /// <summary>Finds the first value with a tag.</summary>
        /// <param name="encoded">TLV bytes.</param>
        /// <param name="tag">The tag.</param>
        /// <returns>A copy of the value, or null when absent or the encoding is cut short.</returns>
        public static byte[] Find(byte[] encoded, byte tag)
        {
            int at = 0;
            while (at + 2 <= encoded.Length)
            {
                int length = encoded[at + 1];
                if (at + 2 + length > encoded.Length)
                {
                    return null;
                }

                if (encoded[at] == tag)
                {
                    byte[] value = new byte[length];
                    Array.Copy(encoded, at + 2, value, 0, length);
                    return value;
                }

                at += 2 + length;
            }

            return null;
        }
    }
}
