namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// What a <see cref="IGattPeripheral"/> calls when a client reads or writes. Called on the BLE
    /// stack's thread: every method answers at once (the native side waits 1-2 s at most) and never
    /// does network, flash or other slow work.
    /// </summary>
    public interface IGattRequestHandler
    {
        /// <summary>The whole current value of a readable characteristic; the peripheral serves read offsets (Read Blob) from it.</summary>
        /// <param name="characteristicIndex">Index in the registered <see cref="GattServiceTable"/>.</param>
        /// <returns>The value, at most 512 bytes.</returns>
        byte[] OnRead(int characteristicIndex);

        /// <summary>A write request (with response).</summary>
        /// <param name="characteristicIndex">Index in the registered <see cref="GattServiceTable"/>.</param>
        /// <param name="value">The written bytes (one frame of the protocol).</param>
        /// <param name="link">Security state and MTU of the link it arrived on.</param>
        /// <returns>0 to accept, otherwise the ATT error code to answer with.</returns>
        byte OnWrite(int characteristicIndex, byte[] value, GattLink link);

        /// <summary>The client disconnected.</summary>
        void OnDisconnected();
    }
}
