using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>A time server that always answers.</summary>
    public sealed class SyncedTime : ITimeSync
    {
        /// <summary>Synchronisations so far.</summary>
        public int Count { get; private set; }

        /// <inheritdoc />
        public bool Synchronize()
        {
            Count++;
            return true;
        }
    }
}
