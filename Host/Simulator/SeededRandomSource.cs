using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Simulator
{
    /// <summary>A repeatable random source for --seed runs (the simulator only: a device uses its hardware RNG).</summary>
    public sealed class SeededRandomSource : IRandomSource
    {
        private readonly Random _random;

        /// <summary>Seeded with <paramref name="seed"/>.</summary>
        public SeededRandomSource(int seed)
        {
            _random = new Random(seed);
        }

        /// <inheritdoc />
        public void NextBytes(byte[] buffer) => _random.NextBytes(buffer);
    }
}
