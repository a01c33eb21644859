using System.Collections.Generic;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.Simulator
{
    /// <summary>The ADC as the firmware reads it: each channel wired to one slot's simulated supply.</summary>
    public sealed class SupplyBoard : ISupplySensor
    {
        private readonly Dictionary<int, SupplyCurve> _channels = new Dictionary<int, SupplyCurve>();

        /// <summary>The slots, in configuration order.</summary>
        public List<SupplyCurve> Slots { get; } = new List<SupplyCurve>();

        /// <summary>Wires a slot's supply to its channel.</summary>
        public void Add(int channel, SupplyCurve curve)
        {
            _channels[channel] = curve;
            Slots.Add(curve);
        }

        /// <inheritdoc />
        public int ReadRaw(int channel) => _channels.TryGetValue(channel, out SupplyCurve curve) ? curve.ReadRaw(channel) : 0;
    }
}
