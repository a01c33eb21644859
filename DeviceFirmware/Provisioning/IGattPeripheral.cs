namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// A BLE GATT server with one primary service (port; device: nanoFramework.Device.Bluetooth,
    /// host: an in-memory peripheral). Call it from the main loop, never from a handler callback.
    /// </summary>
    public interface IGattPeripheral
    {
        /// <summary>Registers the service and the handler of its reads and writes; once, before advertising.</summary>
        /// <param name="table">The service.</param>
        /// <param name="handler">Receives every read and write of its characteristics.</param>
        void Register(GattServiceTable table, IGattRequestHandler handler);

        /// <summary>
        /// Starts advertising the service UUID and the name (connectable, general discoverable); starts the
        /// BLE server first when <see cref="StopServer"/> stopped it, with the registered service as it was.
        /// </summary>
        /// <param name="deviceName">Complete local name, at most 8 bytes so name and 128-bit UUID share one 31-byte advertisement.</param>
        void StartAdvertising(string deviceName);

        /// <summary>Stops advertising; no new client can find or connect to the device.</summary>
        void StopAdvertising();

        /// <summary>
        /// Stops the whole BLE server to free its memory (for TLS): advertising stops and every client is
        /// disconnected. The registration stays; <see cref="StartAdvertising"/> brings the server back.
        /// </summary>
        void StopServer();

        /// <summary>True while advertising.</summary>
        bool IsAdvertising { get; }

        /// <summary>Sends a notification to every client subscribed to a characteristic.</summary>
        /// <param name="characteristicIndex">Index in the registered table.</param>
        /// <param name="value">The value; at most MTU - 3 bytes reach the client.</param>
        void Notify(int characteristicIndex, byte[] value);
    }
}
