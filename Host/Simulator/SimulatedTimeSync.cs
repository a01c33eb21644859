using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Simulator
{
    /// <summary>SNTP on the simulated network: the virtual clock is the true time, so a sync always succeeds while Wi-Fi is up.</summary>
    public sealed class SimulatedTimeSync : ITimeSync
    {
        private readonly SimulatedNetwork _network;

        /// <summary>Syncs over <paramref name="network"/>.</summary>
        public SimulatedTimeSync(SimulatedNetwork network)
        {
            _network = network;
        }

        /// <summary>Syncs done.</summary>
        public int Syncs { get; private set; }

        /// <inheritdoc />
        public bool Synchronize()
        {
            Syncs++;
            return _network.IsConnected;
        }
    }
}
