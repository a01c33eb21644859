using DeviceFirmware.HeapBudget.Reporting;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>A GATT peripheral that keeps the registered handler (the companion app calls it) and nothing it is sent.</summary>
    public sealed class LeanGattPeripheral : IGattPeripheral
    {
        private readonly PeakSampler _peak;

        /// <summary>Creates the peripheral.</summary>
        /// <param name="peak">Sampled at every notification.</param>
        public LeanGattPeripheral(PeakSampler peak)
        {
            _peak = peak;
        }

        /// <summary>The registered handler, or null.</summary>
        public IGattRequestHandler Handler { get; private set; }

        /// <summary>Notifications sent so far (not kept).</summary>
        public int Notifications { get; private set; }

        /// <inheritdoc />
        public bool IsAdvertising { get; private set; }

        /// <inheritdoc />
        public void Register(GattServiceTable table, IGattRequestHandler handler)
        {
            Handler = handler;
        }

        /// <inheritdoc />
        public void StartAdvertising(string deviceName)
        {
            IsAdvertising = true;
        }

        /// <inheritdoc />
        public void StopAdvertising()
        {
            IsAdvertising = false;
        }

        /// <inheritdoc />
        public void StopServer()
        {
            IsAdvertising = false;
        }

        /// <inheritdoc />
        public void Notify(int characteristicIndex, byte[] value)
        {
            _peak.Sample();
            Notifications++;
        }
    }
}
