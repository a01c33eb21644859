using System;

namespace DeviceFirmware.Storage
{
    /// <summary>Builds a record payload of a known size from length-prefixed fields.</summary>
    public sealed class PayloadWriter
    {
        private readonly byte[] _buffer;
        private int _position;

        /// <summary>Starts a payload of exactly <paramref name="length"/> bytes.</summary>
        /// <param name="length">Size of the finished payload.</param>
        public PayloadWriter(int length)
        {
            if (length < 0)
            {
                throw new ArgumentOutOfRangeException("length", "payload length must not be negative");
            }

            _buffer = new byte[length];
        }

        /// <summary>Bytes a text field of <paramref name="characters"/> characters takes: a 16-bit length, then the characters.</summary>
        /// <param name="characters">Length of the text.</param>
        /// <returns>Its size in the payload.</returns>
        public static int TextFieldSize(int characters)
        {
            return 2 + characters;
        }

        /// <summary>Appends a text field: 16-bit little-endian length, then one byte per character.</summary>
        /// <param name="value">Text already checked with <see cref="VisibleAscii.Check"/>.</param>
        public void WriteText(string value)
        {
            if (value.Length > 0xFFFF || _position + TextFieldSize(value.Length) > _buffer.Length)
            {
                throw new InvalidOperationException("field does not fit the payload size given at the start");
            }

            LittleEndian.WriteUInt16(_buffer, _position, value.Length);
            _position += 2;
            for (int i = 0; i < value.Length; i++)
            {
                _buffer[_position + i] = (byte)value[i];
            }

            _position += value.Length;
        }

        /// <summary>The finished payload; every byte must have been written.</summary>
        /// <returns>The payload.</returns>
        public byte[] ToArray()
        {
            if (_position != _buffer.Length)
            {
                throw new InvalidOperationException("payload is shorter than the size given at the start");
            }

            return _buffer;
        }
    }
}
