using System;

namespace DeviceFirmware.Crypto
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104 with FIPS 180-4 SHA-256) on the firmware's own <see cref="Sha256"/>: the device API's
    /// request signature (docs/device-api.md). Own code because the POSIX nanoCLR that runs every device test has no
    /// native crypto, and the device needs nothing else from nanoFramework.System.Security.Cryptography.
    /// </summary>
    public static class HmacSha256
    {
        /// <summary>Length of the MAC in bytes.</summary>
        public const int MacSizeBytes = Sha256.HashSizeBytes;

        // SHA-256's block size: keys up to it are padded, longer keys hashed first (RFC 2104 section 2).
        private const int BlockBytes = 64;
        private const byte InnerPad = 0x36;
        private const byte OuterPad = 0x5C;

        /// <summary>The MAC of a whole message.</summary>
        /// <param name="key">The key, any length. A secret: the caller wipes it.</param>
        /// <param name="message">The message.</param>
        /// <returns>32 bytes.</returns>
        public static byte[] Compute(byte[] key, byte[] message)
        {
            if (message == null)
            {
                throw new ArgumentNullException("message");
            }

            return Compute(key, message, 0, message.Length);
        }

        /// <summary>The MAC of a part of a buffer.</summary>
        /// <param name="key">The key, any length. A secret: the caller wipes it.</param>
        /// <param name="message">The buffer.</param>
        /// <param name="offset">First byte of the message.</param>
        /// <param name="count">Bytes in the message.</param>
        /// <returns>32 bytes.</returns>
        public static byte[] Compute(byte[] key, byte[] message, int offset, int count)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            if (message == null)
            {
                throw new ArgumentNullException("message");
            }

            if (offset < 0 || count < 0 || offset > message.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "the part lies outside the buffer");
            }

            byte[] block = new byte[BlockBytes];
            if (key.Length > BlockBytes)
            {
                byte[] hashed = Sha256.Hash(key);
                Array.Copy(hashed, block, hashed.Length);
                Array.Clear(hashed, 0, hashed.Length);
            }
            else
            {
                Array.Copy(key, block, key.Length);
            }

            Sha256 inner = new Sha256();
            Xor(block, InnerPad);
            inner.Append(block, 0, BlockBytes);
            inner.Append(message, offset, count);
            byte[] innerHash = inner.Finish();

            Sha256 outer = new Sha256();
            Xor(block, InnerPad ^ OuterPad);
            outer.Append(block, 0, BlockBytes);
            outer.Append(innerHash, 0, innerHash.Length);

            // The padded key is the key: it does not stay on the heap.
            Array.Clear(block, 0, block.Length);
            return outer.Finish();
        }

        private static void Xor(byte[] block, int pad)
        {
            for (int i = 0; i < block.Length; i++)
            {
                block[i] = (byte)(block[i] ^ pad);
            }
        }
    }
}
