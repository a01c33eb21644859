namespace DeviceFirmware.Host.Ble
{
    /// <summary>A notification a client received.</summary>
    public sealed class GattNotification
    {
        /// <summary>Creates the record.</summary>
        public GattNotification(int characteristicIndex, byte[] value)
        {
            CharacteristicIndex = characteristicIndex;
            Value = value;
        }

        /// <summary>Index of the characteristic in the service table.</summary>
        public int CharacteristicIndex { get; }

        /// <summary>The value as received (at most MTU - 3 bytes).</summary>
        public byte[] Value { get; }
    }
}
