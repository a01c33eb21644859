using System;
using System.Collections;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The framing of every write to a framed characteristic (docs/provisioning-protocol.md, Framing).
    /// A message M of L bytes travels as the stream M + CRC-32(M) (4 bytes, little-endian), cut into
    /// frames that each fit one ATT write (MTU - 3 bytes):
    /// <code>
    /// byte 0      message ID (client's choice; differs from the previous message's on that characteristic)
    /// byte 1      flags: 0x01 FIRST, 0x02 LAST, other bits 0
    /// byte 2      sequence: 0 in the first frame, +1 in each next one
    /// bytes 3-4   first frame only: L, little-endian, 1..field limit
    /// then        1 or more stream bytes
    /// </code>
    /// With MTU 23 a first frame carries 15 stream bytes and every other frame 17.
    /// </summary>
    public static class FrameCodec
    {
        /// <summary>FIRST flag.</summary>
        public const byte FlagFirst = 0x01;

        /// <summary>LAST flag.</summary>
        public const byte FlagLast = 0x02;

        /// <summary>Header of a continuation frame: ID, flags, sequence.</summary>
        public const int HeaderLength = 3;

        /// <summary>Header of a first frame: ID, flags, sequence, length.</summary>
        public const int FirstHeaderLength = 5;

        /// <summary>CRC-32 after the message.</summary>
        public const int CrcLength = 4;

        /// <summary>ATT Write Request overhead: opcode and handle (MTU - 3 bytes remain for the value).</summary>
        public const int AttWriteOverhead = 3;

        private const byte ReservedFlags = 0xFC;

        /// <summary>Decodes one write; checks only what a frame alone can show.</summary>
        /// <param name="write">The written bytes.</param>
        /// <param name="error">0, or <see cref="ProvisioningErrors.FrameMalformed"/>.</param>
        /// <returns>The frame, or null when <paramref name="error"/> is set.</returns>
        public static Frame Parse(byte[] write, out byte error)
        {
            error = ProvisioningErrors.FrameMalformed;
            if (write == null || write.Length < HeaderLength + 1)
            {
                return null;
            }

            byte flags = write[1];
            if ((flags & ReservedFlags) != 0)
            {
                return null;
            }

            bool first = (flags & FlagFirst) != 0;
            bool last = (flags & FlagLast) != 0;
            byte sequence = write[2];
            if (!first)
            {
                error = ProvisioningErrors.None;
                return new Frame(write[0], false, last, sequence, 0, write, HeaderLength, write.Length - HeaderLength);
            }

            if (write.Length < FirstHeaderLength + 1 || sequence != 0)
            {
                return null;
            }

            int length = write[3] | (write[4] << 8);
            if (length == 0)
            {
                return null;
            }

            error = ProvisioningErrors.None;
            return new Frame(write[0], true, last, 0, length, write, FirstHeaderLength, write.Length - FirstHeaderLength);
        }

        /// <summary>Cuts a message into the frames a client writes, each fitting one ATT write at <paramref name="mtu"/>.</summary>
        /// <param name="messageId">The message ID.</param>
        /// <param name="message">1 to 65535 bytes.</param>
        /// <param name="mtu">The ATT MTU, 23 or more.</param>
        /// <returns>The frames (byte arrays) in order.</returns>
        public static ArrayList Split(byte messageId, byte[] message, int mtu)
        {
            if (message == null || message.Length == 0 || message.Length > 0xFFFF)
            {
                throw new ArgumentException("a message has 1 to 65535 bytes", "message");
            }

            if (mtu < GattLink.MinimumMtu)
            {
                throw new ArgumentOutOfRangeException("mtu", "the ATT MTU is at least 23");
            }

            byte[] stream = new byte[message.Length + CrcLength];
            Array.Copy(message, stream, message.Length);
            WriteCrc(Crc32.Compute(message), stream, message.Length);

            int payload = mtu - AttWriteOverhead;
            ArrayList frames = new ArrayList();
            int sent = 0;
            int sequence = 0;
            while (sent < stream.Length)
            {
                if (sequence > 255)
                {
                    throw new ArgumentException("the message needs more than 256 frames at this MTU", "message");
                }

                bool first = sent == 0;
                int header = first ? FirstHeaderLength : HeaderLength;
                int chunk = stream.Length - sent;
                if (chunk > payload - header)
                {
                    chunk = payload - header;
                }

                bool last = sent + chunk == stream.Length;
                byte[] frame = new byte[header + chunk];
                frame[0] = messageId;
                frame[1] = (byte)((first ? FlagFirst : 0) | (last ? FlagLast : 0));
                frame[2] = (byte)sequence;
                if (first)
                {
                    frame[3] = (byte)(message.Length & 0xFF);
                    frame[4] = (byte)(message.Length >> 8);
                }

                Array.Copy(stream, sent, frame, header, chunk);
                frames.Add(frame);
                sent += chunk;
                sequence++;
            }

            Array.Clear(stream, 0, stream.Length);
            return frames;
        }

        /// <summary>Number of frames a message of <paramref name="messageLength"/> bytes needs at an MTU.</summary>
        /// <param name="messageLength">Message length.</param>
        /// <param name="mtu">ATT MTU.</param>
        /// <returns>The number of writes.</returns>
        public static int FrameCount(int messageLength, int mtu)
        {
            int payload = mtu - AttWriteOverhead;
            int stream = messageLength + CrcLength;
            int firstChunk = payload - FirstHeaderLength;
            if (stream <= firstChunk)
            {
                return 1;
            }

            int rest = stream - firstChunk;
            int perFrame = payload - HeaderLength;
            return 1 + ((rest + perFrame - 1) / perFrame);
        }

        /// <summary>Writes a CRC-32 little-endian.</summary>
        /// <param name="crc">The CRC.</param>
        /// <param name="target">Destination.</param>
        /// <param name="offset">Where its first byte goes.</param>
        public static void WriteCrc(uint crc, byte[] target, int offset)
        {
            target[offset] = (byte)(crc & 0xFF);
            target[offset + 1] = (byte)((crc >> 8) & 0xFF);
            target[offset + 2] = (byte)((crc >> 16) & 0xFF);
            target[offset + 3] = (byte)((crc >> 24) & 0xFF);
        }

        /// <summary>Reads a CRC-32 little-endian.</summary>
        /// <param name="source">Source.</param>
        /// <param name="offset">Where its first byte is.</param>
        /// <returns>The CRC.</returns>
        public static uint ReadCrc(byte[] source, int offset)
        {
            return (uint)source[offset]
                | ((uint)source[offset + 1] << 8)
                | ((uint)source[offset + 2] << 16)
                | ((uint)source[offset + 3] << 24);
        }
    }
}
