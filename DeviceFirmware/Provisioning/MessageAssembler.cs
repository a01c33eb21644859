using System;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Reassembles the frames written to one framed characteristic into a message (rules:
    /// docs/provisioning-protocol.md, Framing). A frame it refuses changes nothing: a partial
    /// message stays as it was. A new first frame replaces a partial message; a partial message
    /// idle for longer than the timeout is dropped. Not thread-safe: its owner locks.
    /// </summary>
    public sealed class MessageAssembler
    {
        private readonly int _maxLength;

        // The message being received: the stream is message + CRC-32.
        private bool _inProgress;
        private byte _messageId;
        private byte _lastSequence;
        private byte[] _stream;
        private int _received;
        private DateTime _lastActivity;

        // The frame accepted just before, to recognise a client's retransmission.
        private bool _hasLastAccepted;
        private byte _lastAcceptedId;
        private byte _lastAcceptedSequence;

        // A message dropped for idling, so that its late continuation gets a specific error.
        private bool _hasExpired;
        private byte _expiredId;

        private byte[] _completed;

        /// <summary>Creates an assembler for messages of 1 to <paramref name="maxLength"/> bytes.</summary>
        /// <param name="maxLength">The field's limit.</param>
        public MessageAssembler(int maxLength)
        {
            if (maxLength < 1 || maxLength > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("maxLength", "a message limit is 1..65535 bytes");
            }

            _maxLength = maxLength;
        }

        /// <summary>True while a message is partly received.</summary>
        public bool InProgress
        {
            get { return _inProgress; }
        }

        /// <summary>Takes one frame.</summary>
        /// <param name="write">The written bytes.</param>
        /// <param name="now">Current time, for the idle timeout.</param>
        /// <returns>0 when accepted (see <see cref="TakeCompleted"/>), otherwise a <see cref="ProvisioningErrors"/> protocol code.</returns>
        public byte Accept(byte[] write, DateTime now)
        {
            byte error;
            Frame frame = FrameCodec.Parse(write, out error);
            if (frame == null)
            {
                return error;
            }

            if (_hasLastAccepted && frame.MessageId == _lastAcceptedId && frame.Sequence == _lastAcceptedSequence)
            {
                return ProvisioningErrors.FrameDuplicate;
            }

            return frame.IsFirst ? AcceptFirst(frame, now) : AcceptContinuation(frame, now);
        }

        /// <summary>The message the last accepted frame completed, once; null if none. The caller wipes it after use.</summary>
        /// <returns>The message without its CRC, or null.</returns>
        public byte[] TakeCompleted()
        {
            byte[] message = _completed;
            _completed = null;
            return message;
        }

        /// <summary>Drops a partial message that has been idle for longer than <paramref name="timeout"/>.</summary>
        /// <param name="now">Current time.</param>
        /// <param name="timeout">Longest allowed pause between two frames.</param>
        /// <returns>True when a message was dropped.</returns>
        public bool ExpireIfIdle(DateTime now, TimeSpan timeout)
        {
            if (!_inProgress || now - _lastActivity <= timeout)
            {
                return false;
            }

            byte id = _messageId;
            Discard();
            _hasExpired = true;
            _expiredId = id;
            return true;
        }

        /// <summary>Drops any partial or completed message, wiping its bytes (disconnect, window closed).</summary>
        public void Discard()
        {
            if (_stream != null)
            {
                Array.Clear(_stream, 0, _stream.Length);
                _stream = null;
            }

            if (_completed != null)
            {
                Array.Clear(_completed, 0, _completed.Length);
                _completed = null;
            }

            _inProgress = false;
            _received = 0;
            _hasLastAccepted = false;
            _hasExpired = false;
        }

        private byte AcceptFirst(Frame frame, DateTime now)
        {
            if (frame.MessageLength > _maxLength)
            {
                return ProvisioningErrors.ValueTooLong;
            }

            int streamLength = frame.MessageLength + FrameCodec.CrcLength;
            byte error = CheckChunk(frame, 0, streamLength);
            if (error != ProvisioningErrors.None)
            {
                return error;
            }

            // Checked: only now does the new message replace a partial one.
            Discard();
            _stream = new byte[streamLength];
            _inProgress = true;
            _messageId = frame.MessageId;
            return Append(frame, now);
        }

        private byte AcceptContinuation(Frame frame, DateTime now)
        {
            if (!_inProgress)
            {
                return _hasExpired && frame.MessageId == _expiredId ? ProvisioningErrors.MessageExpired : ProvisioningErrors.FrameOutOfOrder;
            }

            if (frame.MessageId != _messageId || frame.Sequence != unchecked((byte)(_lastSequence + 1)))
            {
                return ProvisioningErrors.FrameOutOfOrder;
            }

            byte error = CheckChunk(frame, _received, _stream.Length);
            return error != ProvisioningErrors.None ? error : Append(frame, now);
        }

        private static byte CheckChunk(Frame frame, int received, int streamLength)
        {
            int end = received + frame.ChunkLength;
            if (end > streamLength || frame.IsLast != (end == streamLength))
            {
                return ProvisioningErrors.LengthMismatch;
            }

            return ProvisioningErrors.None;
        }

        private byte Append(Frame frame, DateTime now)
        {
            Array.Copy(frame.Data, frame.ChunkOffset, _stream, _received, frame.ChunkLength);
            _received += frame.ChunkLength;
            _lastSequence = frame.Sequence;
            _lastActivity = now;
            _hasLastAccepted = true;
            _lastAcceptedId = frame.MessageId;
            _lastAcceptedSequence = frame.Sequence;
            _hasExpired = false;
            if (_received < _stream.Length)
            {
                return ProvisioningErrors.None;
            }

            int length = _stream.Length - FrameCodec.CrcLength;
            uint expected = FrameCodec.ReadCrc(_stream, length);
            if (Crc32.Compute(_stream, 0, length) != expected)
            {
                Discard();
                return ProvisioningErrors.CrcMismatch;
            }

            _completed = new byte[length];
            Array.Copy(_stream, _completed, length);
            Array.Clear(_stream, 0, _stream.Length);
            _stream = null;
            _inProgress = false;
            _received = 0;
            return ProvisioningErrors.None;
        }
    }
}
