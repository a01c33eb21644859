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
        private readonly int _drsRefusalsBeforeReset;
        private readonly int _drsRefusalWindowMinutes;
        private readonly string _region;
        private readonly EspChip _chip;
        private readonly int _statusLedPin;
        private readonly FirmwareFlow _flow;
        private readonly string _cloudUrl;

        internal FirmwareConfig(string deviceModel, FirmwareFlow flow, string cloudUrl, SerialSource serialSource, string serial, string region, EspChip chip, int statusLedPin,
            string lwaTokenUrl, string drsBaseUrl, int drsRefusalsBeforeReset, int drsRefusalWindowMinutes,
            PkceMethod pkceMethod, int pkceVerifierLength, ProvisioningSettings provisioning, SupplySlotSettings[] slots)
        {
            _flow = flow;
            _cloudUrl = cloudUrl;
            _region = region;
            _chip = chip;
            _statusLedPin = statusLedPin;
            _drsRefusalsBeforeReset = drsRefusalsBeforeReset;
            _drsRefusalWindowMinutes = drsRefusalWindowMinutes;
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

        /// <summary>Who holds the LWA tokens and calls DRS (device.flow).</summary>
        public FirmwareFlow Flow
        {
            get { return _flow; }
        }

        /// <summary>The web application's base URL without trailing '/' (cloud.url); null in the companion flow.</summary>
        public string CloudUrl
        {
            get { return _cloudUrl; }
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

        /// <summary>DRS refusals of freshly refreshed tokens in a row before the tokens are erased, 2..20 (drs.refusals_before_reset).</summary>
        public int DrsRefusalsBeforeReset
        {
            get { return _drsRefusalsBeforeReset; }
        }

        /// <summary>Least minutes from the first to the last of those refusals, 10..10080 (drs.refusal_window_minutes).</summary>
        public int DrsRefusalWindowMinutes
        {
            get { return _drsRefusalWindowMinutes; }
        }

        /// <summary>The Amazon region, na, eu or fe (device.region); <see cref="LwaTokenUrl"/> and <see cref="DrsBaseUrl"/> are already resolved from it.</summary>
        public string Region
        {
            get { return _region; }
        }

        /// <summary>The chip the pins were checked against (device.chip).</summary>
        public EspChip Chip
        {
            get { return _chip; }
        }

        /// <summary>GPIO of the status LED, a pin of <see cref="Chip"/> that can drive it (device.status_led_pin).</summary>
        public int StatusLedPin
        {
            get { return _statusLedPin; }
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
            string flow = _flow == FirmwareFlow.WebApp
                ? " flow=" + FirmwareConfigSchema.FlowWebApp + " cloud=" + _cloudUrl
                : " region=" + _region + " lwa=" + _lwaTokenUrl + " drs=" + _drsBaseUrl + " pkce=" + PkceMethodNames.ToWireName(_pkceMethod) + "/" + _pkceVerifierLength;
            return "model=" + _deviceModel
                + " serial=" + (_serialSource == SerialSource.Mac ? FirmwareConfigSchema.MacSerial : _serial)
                + flow
                + " chip=" + ChipPins.NameOf(_chip)
                + " led=GPIO" + _statusLedPin
                + " provisioning=" + _provisioning
                + " slots=" + _slots.Length;
        }
    }
}
