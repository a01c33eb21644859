using System;

namespace DeviceFirmware.Json
{
    /// <summary>
    /// The text is not JSON that <see cref="JsonReader"/> accepts (RFC 8259, strict, within its
    /// limits). The message says what is wrong and where (a 0-based character position); it
    /// never quotes the input, which may hold a token.
    /// </summary>
    public sealed class JsonException : Exception
    {
        private readonly int _position;

        /// <summary>Creates the exception.</summary>
        /// <param name="position">0-based character position of the problem.</param>
        /// <param name="problem">What is wrong, without any of the input text.</param>
        public JsonException(int position, string problem)
            : base("JSON: " + problem + " at position " + position)
        {
            _position = position;
        }

        /// <summary>0-based character position of the problem in the input.</summary>
        public int Position
        {
            get { return _position; }
        }
    }
}
