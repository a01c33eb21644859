namespace DeviceFirmware.Provisioning
{
    /// <summary>One decoded write of a framed characteristic (layout: <see cref="FrameCodec"/>). The chunk stays in the written array.</summary>
    public sealed class Frame
    {
        private readonly byte _messageId;
        private readonly bool _isFirst;
        private readonly bool _isLast;
        private readonly byte _sequence;
        private readonly int _messageLength;
        private readonly byte[] _data;
        private readonly int _chunkOffset;
        private readonly int _chunkLength;

        /// <summary>Creates a decoded frame.</summary>
        /// <param name="messageId">Message ID chosen by the client.</param>
        /// <param name="isFirst">FIRST flag.</param>
        /// <param name="isLast">LAST flag.</param>
        /// <param name="sequence">Sequence number within the message.</param>
        /// <param name="messageLength">Declared message length (first frames only, otherwise 0).</param>
        /// <param name="data">The written bytes.</param>
        /// <param name="chunkOffset">Where the chunk starts in <paramref name="data"/>.</param>
        /// <param name="chunkLength">Chunk length.</param>
        public Frame(byte messageId, bool isFirst, bool isLast, byte sequence, int messageLength, byte[] data, int chunkOffset, int chunkLength)
        {
            _messageId = messageId;
            _isFirst = isFirst;
            _isLast = isLast;
            _sequence = sequence;
            _messageLength = messageLength;
            _data = data;
            _chunkOffset = chunkOffset;
            _chunkLength = chunkLength;
        }

        /// <summary>Message ID.</summary>
        public byte MessageId
        {
            get { return _messageId; }
        }

        /// <summary>True for the first frame of a message (it carries the length).</summary>
        public bool IsFirst
        {
            get { return _isFirst; }
        }

        /// <summary>True for the frame that carries the last byte of the CRC.</summary>
        public bool IsLast
        {
            get { return _isLast; }
        }

        /// <summary>Sequence number: 0 for the first frame, then +1.</summary>
        public byte Sequence
        {
            get { return _sequence; }
        }

        /// <summary>Declared message length without the CRC (first frames), otherwise 0.</summary>
        public int MessageLength
        {
            get { return _messageLength; }
        }

        /// <summary>The written bytes.</summary>
        public byte[] Data
        {
            get { return _data; }
        }

        /// <summary>Start of the chunk in <see cref="Data"/>.</summary>
        public int ChunkOffset
        {
            get { return _chunkOffset; }
        }

        /// <summary>Number of message (or CRC) bytes this frame carries.</summary>
        public int ChunkLength
        {
            get { return _chunkLength; }
        }
    }
}
