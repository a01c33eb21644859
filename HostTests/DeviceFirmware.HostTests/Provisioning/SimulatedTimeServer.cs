using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>SNTP: answers while the network has internet.</summary>
    internal sealed class SimulatedTimeServer : ITimeSync
    {
        public bool InternetUp { get; set; } = true;

        public int Syncs { get; private set; }

        public bool Synchronize()
        {
            Syncs++;
            return InternetUp;
        }
    }
}
