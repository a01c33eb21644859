namespace DeviceFirmware.Tests.Storage.Support
{
    /// <summary>
    /// Repeatable pseudo-random bytes (xorshift32), the same on nanoCLR and .NET, for garbage
    /// slots and synthetic tokens. Not for anything secret.
    /// </summary>
    public sealed class SeededBytes
    {
        private uint _state;

        /// <summary>Starts the sequence for <paramref name="seed"/> (any value; 0 is mapped to a fixed non-zero state).</summary>
        public SeededBytes(uint seed)
        {
            _state = seed == 0 ? 0x9E3779B9 : seed;
        }

        /// <summary>The next 32 pseudo-random bits.</summary>
        public uint NextUInt32()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>A pseudo-random value from 0 to <paramref name="bound"/> - 1.</summary>
        public int Next(int bound)
        {
            return (int)(NextUInt32() % (uint)bound);
        }

        /// <summary>A buffer of <paramref name="length"/> pseudo-random bytes.</summary>
        public byte[] Bytes(int length)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)NextUInt32();
            }

            return bytes;
        }
    }
}
