namespace DeviceFirmware.Host.Ble
{
    /// <summary>The info characteristic as a companion app decodes it.</summary>
    public sealed class DeviceInfo
    {
        /// <summary>Protocol version.</summary>
        public int ProtocolVersion { get; init; }

        /// <summary>DRS device model ID.</summary>
        public string DeviceModel { get; init; }

        /// <summary>Device serial.</summary>
        public string Serial { get; init; }

        /// <summary>Firmware version.</summary>
        public string FirmwareVersion { get; init; }

        /// <summary>True when the device pairs with a passkey.</summary>
        public bool PasskeyPairing { get; init; }
    }
}
