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

        /// <summary>
        /// True when the device is in the web-app flow (Info tag 0x06 = 1, protocol version 2): send the Wi-Fi
        /// credentials only, then send the user to the maker's web application to register the device. False for
        /// the companion flow, and for a version-1 device, which has no flow tag.
        /// </summary>
        public bool WebAppFlow { get; init; }
    }
}
