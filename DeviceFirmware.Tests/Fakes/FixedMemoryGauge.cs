using System;
using DeviceFirmware.App;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A memory gauge that reads a set value, or throws when told to.</summary>
    public sealed class FixedMemoryGauge : IMemoryGauge
    {
        /// <summary>The value read.</summary>
        public long Free { get; set; }

        /// <summary>When true, reading throws InvalidOperationException.</summary>
        public bool Broken { get; set; }

        /// <summary>Number of readings.</summary>
        public int ReadCount { get; private set; }

        /// <inheritdoc />
        public long FreeBytes()
        {
            ReadCount++;
            if (Broken)
            {
                throw new InvalidOperationException("gauge broken");
            }

            return Free;
        }
    }
}
