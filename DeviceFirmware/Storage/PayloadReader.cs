namespace DeviceFirmware.Storage
{
    /// <summary>
    /// Reads length-prefixed fields from a payload read back from flash. Never throws on content:
    /// the first out-of-bounds or malformed field sets <see cref="Failed"/> and every later read
    /// fails too, so a decoder checks once at the end.
    /// </summary>
    public sealed class PayloadReader
    {
        private readonly byte[] _data;
        private int _position;

        /// <summary>Starts reading at the first byte of <paramref name="data"/>.</summary>
        /// <param name="data">The payload.</param>
        public PayloadReader(byte[] data)
        {
            _data = data;
            Failed = data == null;
        }

        /// <summary>True once any read went past the end or met a malformed field.</summary>
        public bool Failed { get; private set; }

        /// <summary>True when every byte has been consumed and nothing failed.</summary>
        public bool AtEnd
        {
            get { return !Failed && _position == _data.Length; }
        }

        /// <summary>Reads a text field written by <see cref="PayloadWriter.WriteText"/>.</summary>
        /// <param name="maxLength">Longest text accepted.</param>
        /// <returns>The text (1 to <paramref name="maxLength"/> VSCHAR characters), or null when the field is empty, too long, cut short or holds another byte.</returns>
        public string ReadText(int maxLength)
        {
            int length = CheckText(maxLength);
            if (length < 0)
            {
                return null;
            }

            string text = VisibleAscii.FromBytes(_data, _position + 2, length);
            _position += 2 + length;
            return text;
        }

        /// <summary>Checks a text field as <see cref="ReadText"/> does and steps over it, without building the string.</summary>
        /// <param name="maxLength">Longest text accepted.</param>
        /// <returns>True when the field is well formed.</returns>
        public bool SkipText(int maxLength)
        {
            int length = CheckText(maxLength);
            if (length < 0)
            {
                return false;
            }

            _position += 2 + length;
            return true;
        }

        // Length of the well-formed text field at the current position, or -1 (and Failed set).
        private int CheckText(int maxLength)
        {
            if (Failed || _position + 2 > _data.Length)
            {
                return Fail();
            }

            int length = LittleEndian.ReadUInt16(_data, _position);
            if (length == 0 || length > maxLength || _position + 2 + length > _data.Length)
            {
                return Fail();
            }

            int end = _position + 2 + length;
            for (int i = _position + 2; i < end; i++)
            {
                if (!VisibleAscii.IsVsChar(_data[i]))
                {
                    return Fail();
                }
            }

            return length;
        }

        private int Fail()
        {
            Failed = true;
            return -1;
        }
    }
}
