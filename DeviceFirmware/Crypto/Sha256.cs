using System;

namespace DeviceFirmware.Crypto
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) in managed code: nanoFramework has no SHA256 class, and PKCE's
    /// S256 method (RFC 7636 section 4.2) needs one. Incremental: feed data with
    /// <see cref="Append"/>, then call <see cref="Finish"/> once.
    /// </summary>
    public sealed class Sha256
    {
        /// <summary>Length of a SHA-256 digest in bytes.</summary>
        public const int HashSizeBytes = 32;

        private const int BlockSizeBytes = 64;

        // FIPS 180-4 section 4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] RoundConstants = new uint[]
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _block = new byte[BlockSizeBytes];
        private int _blockLength;
        private long _totalBytes;
        private bool _finished;

        /// <summary>Starts a new hash computation.</summary>
        public Sha256()
        {
            // FIPS 180-4 section 5.3.3: initial hash value.
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
        }

        /// <summary>Computes the SHA-256 digest of a whole buffer.</summary>
        /// <param name="data">The message.</param>
        /// <returns>The 32-byte digest.</returns>
        public static byte[] Hash(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            Sha256 sha = new Sha256();
            sha.Append(data, 0, data.Length);
            return sha.Finish();
        }

        /// <summary>Adds part of a buffer to the message being hashed.</summary>
        /// <param name="data">Source buffer.</param>
        /// <param name="offset">Index of the first byte to add.</param>
        /// <param name="count">Number of bytes to add.</param>
        public void Append(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "offset and count must lie within the buffer");
            }

            if (_finished)
            {
                throw new InvalidOperationException("SHA-256 already finished; start a new instance");
            }

            _totalBytes += count;
            while (count > 0)
            {
                int take = BlockSizeBytes - _blockLength;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, _block, _blockLength, take);
                _blockLength += take;
                offset += take;
                count -= take;
                if (_blockLength == BlockSizeBytes)
                {
                    Compress();
                    _blockLength = 0;
                }
            }
        }

        /// <summary>Pads the message (FIPS 180-4 section 5.1.1) and returns the digest.</summary>
        /// <returns>The 32-byte digest.</returns>
        public byte[] Finish()
        {
            if (_finished)
            {
                throw new InvalidOperationException("SHA-256 already finished; start a new instance");
            }

            _finished = true;
            long bitLength = _totalBytes * 8;
            _block[_blockLength++] = 0x80;
            if (_blockLength > BlockSizeBytes - 8)
            {
                Array.Clear(_block, _blockLength, BlockSizeBytes - _blockLength);
                Compress();
                _blockLength = 0;
            }

            Array.Clear(_block, _blockLength, BlockSizeBytes - 8 - _blockLength);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockSizeBytes - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress();

            byte[] digest = new byte[HashSizeBytes];
            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                digest[4 * i] = (byte)(word >> 24);
                digest[(4 * i) + 1] = (byte)(word >> 16);
                digest[(4 * i) + 2] = (byte)(word >> 8);
                digest[(4 * i) + 3] = (byte)word;
            }

            // The block may hold the tail of a secret (a PKCE verifier): leave nothing behind.
            Array.Clear(_block, 0, BlockSizeBytes);
            Array.Clear(_schedule, 0, _schedule.Length);
            return digest;
        }

        private void Compress()
        {
            uint[] w = _schedule;
            for (int t = 0; t < 16; t++)
            {
                int i = 4 * t;
                w[t] = ((uint)_block[i] << 24) | ((uint)_block[i + 1] << 16) | ((uint)_block[i + 2] << 8) | _block[i + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint w15 = w[t - 15];
                uint w2 = w[t - 2];
                uint sigma0 = RotateRight(w15, 7) ^ RotateRight(w15, 18) ^ (w15 >> 3);
                uint sigma1 = RotateRight(w2, 17) ^ RotateRight(w2, 19) ^ (w2 >> 10);
                w[t] = unchecked(w[t - 16] + sigma0 + w[t - 7] + sigma1);
            }

            uint a = _state[0], b = _state[1], c = _state[2], d = _state[3];
            uint e = _state[4], f = _state[5], g = _state[6], h = _state[7];
            for (int t = 0; t < 64; t++)
            {
                uint bigSigma1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
                uint choose = (e & f) ^ (~e & g);
                uint t1 = unchecked(h + bigSigma1 + choose + RoundConstants[t] + w[t]);
                uint bigSigma0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = unchecked(bigSigma0 + majority);
                h = g;
                g = f;
                f = e;
                e = unchecked(d + t1);
                d = c;
                c = b;
                b = a;
                a = unchecked(t1 + t2);
            }

            _state[0] = unchecked(_state[0] + a);
            _state[1] = unchecked(_state[1] + b);
            _state[2] = unchecked(_state[2] + c);
            _state[3] = unchecked(_state[3] + d);
            _state[4] = unchecked(_state[4] + e);
            _state[5] = unchecked(_state[5] + f);
            _state[6] = unchecked(_state[6] + g);
            _state[7] = unchecked(_state[7] + h);
        }

        private static uint RotateRight(uint value, int bits)
        {
            return (value >> bits) | (value << (32 - bits));
        }
    }
}
