namespace DeviceFirmware.HeapBudget.Reporting
{
    /// <summary>
    /// The lowest free heap seen at the firmware's port calls (log, HTTP, flash, GATT): each call collects
    /// garbage and reads what is left, so the lowest figure is the most memory the firmware kept alive at once
    /// at any of those moments (its peak live heap, short-lived garbage excluded).
    /// </summary>
    public sealed class PeakSampler
    {
        private readonly HeapGauge _gauge;
        private long _lowestFree = long.MaxValue;

        /// <summary>Creates the sampler.</summary>
        /// <param name="gauge">How free memory is read.</param>
        public PeakSampler(HeapGauge gauge)
        {
            _gauge = gauge;
        }

        /// <summary>How many samples were taken.</summary>
        public int Samples { get; private set; }

        /// <summary>The lowest free heap seen, in bytes (long.MaxValue before the first sample).</summary>
        public long LowestFree
        {
            get { return _lowestFree; }
        }

        /// <summary>Collects garbage and keeps the free heap if it is the lowest so far.</summary>
        public void Sample()
        {
            long free = _gauge.FreeBytes();
            Samples++;
            if (free < _lowestFree)
            {
                _lowestFree = free;
            }
        }
    }
}
