using DeviceFirmware.Replenishment;

namespace DeviceFirmware.HostTests.Replenishment
{
    /// <summary>A supply sensor whose channels read what the test sets: 0 % = 1000, 100 % = 3000.</summary>
    internal sealed class LevelSensor : ISupplySensor
    {
        private readonly int[] _raw = new int[8];

        public void Set(int channel, double percent) => _raw[channel] = 1000 + (int)((percent * 20) + 0.5);

        public int ReadRaw(int channel) => _raw[channel];
    }
}
