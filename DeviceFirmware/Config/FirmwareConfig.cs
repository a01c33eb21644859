using DeviceFirmware.Auth;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// The firmware's configuration from nf.config, checked and with defaults applied
    /// (format: docs/nf-config.md). Holds no secrets: none ever live in nf.config.
    /// </summary>
    public sealed class FirmwareConfig
    {
        private readonly string _deviceModel;
        private readonly SerialSource _serialSource;
        private readonly string _serial;
        private readonly string _lwaTokenUrl;
        private readonly string _drsBaseUrl;
        private readonly PkceMethod _pkceMethod;
        private readonly int _pkceVerifierLength;
        private readonly ProvisioningSettings _provisioning;
        private readonly SupplySlotSettings[] _slots;

        internal FirmwareConfig(string deviceModel, SerialSource serialSource, string serial, string lwaTokenUrl, string drsBaseUrl, PkceMethod pkceMethod, int pkceVerifierLength, ProvisioningSettings provisioning, SupplySlotSettings[] slots)
        {
            _deviceModel = deviceModel;
            _serialSource = serialSource;
            _serial = serial;
            _lwaTokenUrl = lwaTokenUrl;
            _drsBaseUrl = drsBaseUrl;
            _pkceMethod = pkceMethod;
            _pkceVerifierLength = pkceVerifierLength;
            _provisioning = provisioning;
            _slots = slots;
        }

        /// <summary>The DRS device model ID (device.model).</summary>
        public string DeviceModel
        {
            get { return _deviceModel; }
        }

        /// <summary>Where the serial comes from (device.serial).</summary>
        public SerialSource SerialSource
        {
            get { return _serialSource; }
        }

        /// <summary>The literal serial when <see cref="SerialSource"/> is Fixed; null when it comes from the MAC.</summary>
        public string Serial
        {
            get { return _serial; }
        }

        /// <summary>The LWA token endpoint (lwa.token_url).</summary>
        public string LwaTokenUrl
        {
            get { return _lwaTokenUrl; }
        }

        /// <summary>The DRS endpoint without trailing '/' (drs.base_url).</summary>
        public string DrsBaseUrl
        {
            get { return _drsBaseUrl; }
        }

        /// <summary>The PKCE code challenge method (pkce.method).</summary>
        public PkceMethod PkceMethod
        {
            get { return _pkceMethod; }
        }

        /// <summary>Length of generated PKCE verifiers, 43..128 (pkce.verifier_length).</summary>
        public int PkceVerifierLength
        {
            get { return _pkceVerifierLength; }
        }

        /// <summary>The BLE provisioning window, button, name and passkey ([provisioning]).</summary>
        public ProvisioningSettings Provisioning
        {
            get { return _provisioning; }
        }

        /// <summary>Number of supply slots ([slot.&lt;name&gt;] sections, 0..8).</summary>
        public int SlotCount
        {
            get { return _slots.Length; }
        }

        /// <summary>A supply slot, in file order.</summary>
        /// <param name="index">0 to <see cref="SlotCount"/> - 1.</param>
        /// <returns>The slot's settings.</returns>
        public SupplySlotSettings SlotAt(int index)
        {
            return _slots[index];
        }

        /// <summary>Parses and checks the text of nf.config.</summary>
        /// <param name="text">The whole file, decoded from UTF-8 (a byte order mark is accepted).</param>
        /// <returns>The configuration.</returns>
        /// <exception cref="ConfigException">The first problem found; nothing partial is returned.</exception>
        public static FirmwareConfig Parse(string text)
        {
            return FirmwareConfigReader.Read(ConfigDocument.Parse(text));
        }

        /// <summary>A one-line summary for the boot log (nothing in it is secret).</summary>
        /// <returns>Every setting.</returns>
        public override string ToString()
        {
            return "model=" + _deviceModel
                + " serial=" + (_serialSource == SerialSource.Mac ? FirmwareConfigSchema.MacSerial : _serial)
                + " lwa=" + _lwaTokenUrl
                + " drs=" + _drsBaseUrl
                + " pkce=" + PkceMethodNames.ToWireName(_pkceMethod) + "/" + _pkceVerifierLength
                + " provisioning=" + _provisioning
                + " slots=" + _slots.Length;
        }
    }
}
