using System;

namespace DeviceFirmware.Drs
{
    /// <summary>What <see cref="RefusalTracker"/> keeps on flash: how many times in a row DRS refused the device, and when the first of them was (UTC).</summary>
    public sealed class RefusalRecord
    {
        private readonly int _count;
        private readonly DateTime _firstUtc;

        /// <summary>Creates the record.</summary>
        /// <param name="count">Refusals in a row, 1 or more.</param>
        /// <param name="firstUtc">When the first of them was (UTC).</param>
        public RefusalRecord(int count, DateTime firstUtc)
        {
            _count = count;
            _firstUtc = firstUtc;
        }

        /// <summary>Refusals in a row since the last accepted DRS call.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>When the first of them was (UTC).</summary>
        public DateTime FirstUtc
        {
            get { return _firstUtc; }
        }
    }
}
