namespace DeviceFirmware.Config
{
    /// <summary>
    /// The [provisioning] section of nf.config: when and how the BLE provisioning window opens
    /// (docs/nf-config.md, docs/provisioning-protocol.md).
    /// </summary>
    public sealed class ProvisioningSettings
    {
        /// <summary>The passkey value when none is configured (Just Works pairing).</summary>
        public const int NoPasskey = -1;

        private readonly int _windowMinutes;
        private readonly int _buttonPin;
        private readonly int _longPressSeconds;
        private readonly string _deviceName;
        private readonly int _passkey;
        private readonly bool _stopBleDuringExchange;

        /// <summary>Creates the settings (values already checked by the reader).</summary>
        /// <param name="windowMinutes">How long the window stays open.</param>
        /// <param name="buttonPin">GPIO number of the provisioning button.</param>
        /// <param name="longPressSeconds">How long the button must be held.</param>
        /// <param name="deviceName">BLE name, or null to derive it from the serial.</param>
        /// <param name="passkey">0..999999, or <see cref="NoPasskey"/>.</param>
        /// <param name="stopBleDuringExchange">True to stop the BLE server during the HTTPS code exchange (provisioning.ble_during_exchange = stop).</param>
        public ProvisioningSettings(int windowMinutes, int buttonPin, int longPressSeconds, string deviceName, int passkey, bool stopBleDuringExchange)
        {
            _windowMinutes = windowMinutes;
            _buttonPin = buttonPin;
            _longPressSeconds = longPressSeconds;
            _deviceName = deviceName;
            _passkey = passkey;
            _stopBleDuringExchange = stopBleDuringExchange;
        }

        /// <summary>Minutes the window stays open (provisioning.window_minutes).</summary>
        public int WindowMinutes
        {
            get { return _windowMinutes; }
        }

        /// <summary>GPIO number of the button that opens the window (provisioning.button_pin).</summary>
        public int ButtonPin
        {
            get { return _buttonPin; }
        }

        /// <summary>Seconds the button must be held (provisioning.long_press_seconds).</summary>
        public int LongPressSeconds
        {
            get { return _longPressSeconds; }
        }

        /// <summary>The BLE device name, or null when it is derived from the serial (provisioning.device_name = auto).</summary>
        public string DeviceName
        {
            get { return _deviceName; }
        }

        /// <summary>True when a passkey is configured: pairing must be authenticated with it.</summary>
        public bool HasPasskey
        {
            get { return _passkey != NoPasskey; }
        }

        /// <summary>The 6-digit passkey as a number (0..999999), or <see cref="NoPasskey"/>. Not for logs.</summary>
        public int Passkey
        {
            get { return _passkey; }
        }

        /// <summary>
        /// True when the BLE server stops while the authorization code is exchanged over HTTPS, so that TLS gets
        /// its memory; the app then reconnects to read the outcome (provisioning.ble_during_exchange = stop).
        /// </summary>
        public bool StopBleDuringExchange
        {
            get { return _stopBleDuringExchange; }
        }

        /// <summary>A summary for the boot log; the passkey shows as "set", not its digits.</summary>
        /// <returns>For example "window=10min button=GPIO0/5s name=auto passkey=none ble_during_exchange=keep".</returns>
        public override string ToString()
        {
            return "window=" + _windowMinutes + "min button=GPIO" + _buttonPin + "/" + _longPressSeconds + "s name="
                + (_deviceName == null ? FirmwareConfigSchema.AutoDeviceName : _deviceName)
                + " passkey=" + (HasPasskey ? "set" : FirmwareConfigSchema.NoPasskeyValue)
                + " ble_during_exchange=" + (_stopBleDuringExchange ? FirmwareConfigSchema.BleStop : FirmwareConfigSchema.BleKeep);
        }
    }
}
