using DeviceFirmware.Replenishment;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>A supply sensor whose one slot reads the level the flow sets (raw 1000 empty to 3000 full, as the flow's nf.config).</summary>
    public sealed class LevelSensor : ISupplySensor
    {
        private int _raw;

        /// <summary>Sets the level, in percent of the full slot.</summary>
        /// <param name="percent">0..100.</param>
        public void SetPercent(int percent)
        {
            _raw = 1000 + (percent * 20);
        }

        /// <inheritdoc />
        public int ReadRaw(int channel)
        {
            if (channel != 0)
            {
                throw new SupplySensorException(channel, "the flow's device has channel 0 only", null);
            }

            return _raw;
        }
    }
}
