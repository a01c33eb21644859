using DeviceFirmware.Auth;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// Every section and key of the firmware's nf.config (docs/nf-config.md). A new key is one
    /// more declaration here, listed in <see cref="Keys"/>, plus its property in <see cref="FirmwareConfig"/>.
    /// The declarations are properties that build a new object on each use, not static fields: nanoCLR runs every
    /// static initialiser at start-up and keeps what it builds for good, while the schema is needed only while
    /// nf.config is parsed (README, Figures: measured, this took 11,304 bytes off the heap budget's runtime figure). Keys are compared by section
    /// and name (<see cref="ConfigValues"/>), so two builds of one key are the same key.
    /// </summary>
    public static class FirmwareConfigSchema
    {
        /// <summary>Section of the device identity.</summary>
        public const string DeviceSection = "device";

        /// <summary>Section of Login with Amazon.</summary>
        public const string LwaSection = "lwa";

        /// <summary>Section of the Dash Replenishment Service.</summary>
        public const string DrsSection = "drs";

        /// <summary>Section of PKCE (RFC 7636) settings.</summary>
        public const string PkceSection = "pkce";

        /// <summary>Section of BLE provisioning (docs/provisioning-protocol.md).</summary>
        public const string ProvisioningSection = "provisioning";

        /// <summary>Section of the maker's web application (web-app flow only, docs/device-api.md).</summary>
        public const string CloudSection = "cloud";

        /// <summary>device.flow value of the companion-app flow (the device holds the tokens): the default.</summary>
        public const string FlowCompanion = "companion";

        /// <summary>device.flow value of the web-application flow (the maker's web application holds the tokens).</summary>
        public const string FlowWebApp = "web-app";

        /// <summary>Longest DRS device model ID or literal serial.</summary>
        public const int MaxIdentifierLength = 64;

        /// <summary>The value of device.serial that derives the serial from the chip's MAC.</summary>
        public const string MacSerial = "mac";

        /// <summary>Default LWA token endpoint.</summary>
        public const string DefaultLwaTokenUrl = "https://api.amazon.com/auth/o2/token";

        /// <summary>Default DRS endpoint (North America), the DRS host of every region: Amazon documents no other (docs/amazon-setup.md section 5).</summary>
        public const string DefaultDrsBaseUrl = "https://dash-replenishment-service-na.amazon.com";

        /// <summary>device.region value of North America (US, Canada, Mexico, Brazil): the default.</summary>
        public const string RegionNorthAmerica = "na";

        /// <summary>device.region value of Europe (UK, Germany, France, Italy, Spain...).</summary>
        public const string RegionEurope = "eu";

        /// <summary>device.region value of the Far East (Japan, Australia, Singapore).</summary>
        public const string RegionFarEast = "fe";

        /// <summary>LWA token endpoint of Europe (Amazon's LWA documentation).</summary>
        public const string EuropeLwaTokenUrl = "https://api.amazon.co.uk/auth/o2/token";

        /// <summary>LWA token endpoint of the Far East (Amazon's LWA documentation).</summary>
        public const string FarEastLwaTokenUrl = "https://api.amazon.co.jp/auth/o2/token";

        /// <summary>Default GPIO of the status LED: the on-board LED of most ESP32 DevKit boards.</summary>
        public const int DefaultStatusLedPin = 2;

        /// <summary>The value of provisioning.device_name that derives the name from the serial ("DRS-" and its last 4 characters).</summary>
        public const string AutoDeviceName = "auto";

        /// <summary>The value of provisioning.passkey for Just Works pairing (no passkey).</summary>
        public const string NoPasskeyValue = "none";

        /// <summary>The value of provisioning.ble_during_exchange that keeps the BLE server running while the code is exchanged.</summary>
        public const string BleKeep = "keep";

        /// <summary>The value of provisioning.ble_during_exchange that stops the BLE server for the HTTPS exchange (frees its memory for TLS).</summary>
        public const string BleStop = "stop";

        /// <summary>
        /// Longest BLE device name: a 31-byte legacy advertisement holds the flags (3 bytes), the
        /// 128-bit service UUID (18) and a complete local name of 2 + 8 bytes.
        /// </summary>
        public const int MaxDeviceNameLength = 8;

        /// <summary>Digits of a BLE passkey (Bluetooth Core Vol 3 Part H 2.3.5.3: 000000..999999).</summary>
        public const int PasskeyLength = 6;

        /// <summary>device.model: the DRS device model ID. Required.</summary>
        public static ConfigKey DeviceModel
        {
            get { return ConfigKey.Identifier(DeviceSection, "model", MaxIdentifierLength, ConfigKey.Required); }
        }

        /// <summary>device.serial: "mac" or a literal serial. Default "mac".</summary>
        public static ConfigKey DeviceSerial
        {
            get { return ConfigKey.Identifier(DeviceSection, "serial", MaxIdentifierLength, MacSerial); }
        }

        /// <summary>device.region: na, eu or fe, exact case: picks the LWA and DRS endpoints the file does not write. Default na.</summary>
        public static ConfigKey DeviceRegion
        {
            get { return ConfigKey.Choice(DeviceSection, "region", new string[] { RegionNorthAmerica, RegionEurope, RegionFarEast }, RegionNorthAmerica); }
        }

        /// <summary>device.chip: ESP32, ESP32-S3 or ESP32-C3, exact case: the pins and ADC1 channels are checked against it. Default ESP32.</summary>
        public static ConfigKey DeviceChip
        {
            get { return ConfigKey.Choice(DeviceSection, "chip", new string[] { ChipPins.Esp32Name, ChipPins.Esp32S3Name, ChipPins.Esp32C3Name }, ChipPins.Esp32Name); }
        }

        /// <summary>device.flow: companion or web-app, exact case: who holds the LWA tokens and calls DRS. Default companion.</summary>
        public static ConfigKey DeviceFlow
        {
            get { return ConfigKey.Choice(DeviceSection, "flow", new string[] { FlowCompanion, FlowWebApp }, FlowCompanion); }
        }

        /// <summary>device.status_led_pin: GPIO of the status LED (lit when high), 0..48, then checked against the chip. Default 2.</summary>
        public static ConfigKey DeviceStatusLedPin
        {
            get { return ConfigKey.Integer(DeviceSection, "status_led_pin", 0, ChipPins.MaxGpioOfAnyChip, "2"); }
        }

        /// <summary>lwa.token_url: the LWA token endpoint; when the file does not set it, the one of device.region.</summary>
        public static ConfigKey LwaTokenUrl
        {
            get { return ConfigKey.Url(LwaSection, "token_url", DefaultLwaTokenUrl); }
        }

        /// <summary>drs.base_url: the DRS endpoint that API paths are appended to; when the file does not set it, the one of device.region.</summary>
        public static ConfigKey DrsBaseUrl
        {
            get { return ConfigKey.BaseUrl(DrsSection, "base_url", DefaultDrsBaseUrl); }
        }

        /// <summary>cloud.url: the web application's base URL, which /api/device/v1/... is appended to. Required with device.flow = web-app, refused otherwise.</summary>
        public static ConfigKey CloudUrl
        {
            get { return ConfigKey.BaseUrl(CloudSection, "url", ConfigKey.NoDefault); }
        }

        /// <summary>drs.refusals_before_reset: DRS refusals of freshly refreshed tokens in a row before the tokens are erased, 2..20. Default 3.</summary>
        public static ConfigKey DrsRefusalsBeforeReset
        {
            get { return ConfigKey.Integer(DrsSection, "refusals_before_reset", 2, 20, "3"); }
        }

        /// <summary>drs.refusal_window_minutes: least minutes from the first to the last of those refusals, 10..10080 (a week). Default 60.</summary>
        public static ConfigKey DrsRefusalWindowMinutes
        {
            get { return ConfigKey.Integer(DrsSection, "refusal_window_minutes", 10, 10080, "60"); }
        }

        /// <summary>pkce.method: S256 or plain, exact case. Default S256.</summary>
        public static ConfigKey PkceMethod
        {
            get { return ConfigKey.Choice(PkceSection, "method", new string[] { PkceMethodNames.S256, PkceMethodNames.Plain }, PkceMethodNames.S256); }
        }

        /// <summary>pkce.verifier_length: 43..128. Default 43.</summary>
        public static ConfigKey PkceVerifierLength
        {
            get { return ConfigKey.Integer(PkceSection, "verifier_length", CodeVerifier.MinLength, CodeVerifier.MaxLength, CodeVerifier.DefaultLength.ToString()); }
        }

        /// <summary>provisioning.window_minutes: how long the provisioning window stays open, 1..60. Default 10.</summary>
        public static ConfigKey ProvisioningWindowMinutes
        {
            get { return ConfigKey.Integer(ProvisioningSection, "window_minutes", 1, 60, "10"); }
        }

        /// <summary>provisioning.button_pin: GPIO of the button that opens the window, 0..48, then checked against the chip. Default 0 (BOOT on most ESP32 boards).</summary>
        public static ConfigKey ProvisioningButtonPin
        {
            get { return ConfigKey.Integer(ProvisioningSection, "button_pin", 0, ChipPins.MaxGpioOfAnyChip, "0"); }
        }

        /// <summary>provisioning.long_press_seconds: how long the button must be held, 2..30. Default 5.</summary>
        public static ConfigKey ProvisioningLongPressSeconds
        {
            get { return ConfigKey.Integer(ProvisioningSection, "long_press_seconds", 2, 30, "5"); }
        }

        /// <summary>provisioning.device_name: "auto" or 1..8 characters of A-Z a-z 0-9 - + _. Default auto.</summary>
        public static ConfigKey ProvisioningDeviceName
        {
            get { return ConfigKey.Identifier(ProvisioningSection, "device_name", MaxDeviceNameLength, AutoDeviceName); }
        }

        /// <summary>provisioning.passkey: "none" or 6 digits. Default none. Secret: errors never show it.</summary>
        public static ConfigKey ProvisioningPasskey
        {
            get { return ConfigKey.Identifier(ProvisioningSection, "passkey", PasskeyLength, NoPasskeyValue).AsSecret(); }
        }

        /// <summary>provisioning.ble_during_exchange: keep or stop, exact case. Default keep.</summary>
        public static ConfigKey ProvisioningBleDuringExchange
        {
            get { return ConfigKey.Choice(ProvisioningSection, "ble_during_exchange", new string[] { BleKeep, BleStop }, BleKeep); }
        }

        /// <summary>The LWA token endpoint of a region.</summary>
        /// <param name="region">na, eu or fe.</param>
        /// <returns>The URL (North America's for anything else).</returns>
        public static string LwaTokenUrlOf(string region)
        {
            if (region == RegionEurope)
            {
                return EuropeLwaTokenUrl;
            }

            return region == RegionFarEast ? FarEastLwaTokenUrl : DefaultLwaTokenUrl;
        }

        /// <summary>The region whose LWA token endpoint a URL is, exactly as written.</summary>
        /// <param name="url">A URL.</param>
        /// <returns>na, eu or fe; null when the URL is none of the three.</returns>
        public static string RegionOfLwaTokenUrl(string url)
        {
            if (url == DefaultLwaTokenUrl)
            {
                return RegionNorthAmerica;
            }

            if (url == EuropeLwaTokenUrl)
            {
                return RegionEurope;
            }

            return url == FarEastLwaTokenUrl ? RegionFarEast : null;
        }

        /// <summary>The DRS base URL of a region: the North American host for every region, the only DRS host Amazon documents.</summary>
        /// <param name="region">na, eu or fe.</param>
        /// <returns>The URL.</returns>
        public static string DrsBaseUrlOf(string region)
        {
            return DefaultDrsBaseUrl;
        }

        /// <summary>The schema: every key above, in documentation order.</summary>
        public static ConfigKey[] Keys
        {
            get
            {
                return new ConfigKey[]
                {
                    DeviceModel,
                    DeviceSerial,
                    DeviceRegion,
                    DeviceChip,
                    DeviceFlow,
                    DeviceStatusLedPin,
                    LwaTokenUrl,
                    DrsBaseUrl,
                    DrsRefusalsBeforeReset,
                    DrsRefusalWindowMinutes,
                    PkceMethod,
                    PkceVerifierLength,
                    CloudUrl,
                    ProvisioningWindowMinutes,
                    ProvisioningButtonPin,
                    ProvisioningLongPressSeconds,
                    ProvisioningDeviceName,
                    ProvisioningPasskey,
                    ProvisioningBleDuringExchange,
                };
            }
        }

        /// <summary>Family name of the supply slot sections: [slot.&lt;name&gt;].</summary>
        public const string SlotFamily = "slot";

        /// <summary>Most slot sections: 8, what the episode record on flash holds (Replenishment/EpisodeRecordCodec.MaxSlots).</summary>
        public const int MaxSlots = 8;

        /// <summary>Longest unit name (slot unit).</summary>
        public const int MaxUnitLength = 16;

        /// <summary>slot.&lt;name&gt;.slot_id: the DRS slot ID (1..64 of A-Z a-z 0-9 - + _). Required.</summary>
        public static ConfigKey SlotId
        {
            get { return ConfigKey.Identifier(SlotFamily, "slot_id", MaxIdentifierLength, ConfigKey.Required); }
        }

        /// <summary>slot.&lt;name&gt;.sensor_channel: ADC1 channel 0..9, then checked against the chip (ESP32 0..7, ESP32-S3 0..9, ESP32-C3 0..4); ADC2 is unusable while Wi-Fi is on. Required.</summary>
        public static ConfigKey SlotSensorChannel
        {
            get { return ConfigKey.Integer(SlotFamily, "sensor_channel", 0, SupplySlotSettings.MaxChannel, ConfigKey.Required); }
        }

        /// <summary>slot.&lt;name&gt;.raw_empty: raw sensor reading of an empty slot, 0..65535. Required.</summary>
        public static ConfigKey SlotRawEmpty
        {
            get { return ConfigKey.Integer(SlotFamily, "raw_empty", 0, 65535, ConfigKey.Required); }
        }

        /// <summary>slot.&lt;name&gt;.raw_full: raw sensor reading of a full slot, 0..65535 (above or below raw_empty). Required.</summary>
        public static ConfigKey SlotRawFull
        {
            get { return ConfigKey.Integer(SlotFamily, "raw_full", 0, 65535, ConfigKey.Required); }
        }

        /// <summary>slot.&lt;name&gt;.low_percent: low at or below this, 1..99. Default 20.</summary>
        public static ConfigKey SlotLowPercent
        {
            get { return ConfigKey.Integer(SlotFamily, "low_percent", 1, 99, "20"); }
        }

        /// <summary>slot.&lt;name&gt;.refill_percent: a low slot is refilled (re-armed) at or above this, 2..100, above low_percent. Default 60.</summary>
        public static ConfigKey SlotRefillPercent
        {
            get { return ConfigKey.Integer(SlotFamily, "refill_percent", 2, 100, "60"); }
        }

        /// <summary>slot.&lt;name&gt;.low_readings: consecutive readings that confirm low (and refilled), 1..20. Default 3.</summary>
        public static ConfigKey SlotLowReadings
        {
            get { return ConfigKey.Integer(SlotFamily, "low_readings", 1, 20, "3"); }
        }

        /// <summary>slot.&lt;name&gt;.sample_seconds: seconds between readings, 1..86400. Default 60.</summary>
        public static ConfigKey SlotSampleSeconds
        {
            get { return ConfigKey.Integer(SlotFamily, "sample_seconds", 1, 86400, "60"); }
        }

        /// <summary>slot.&lt;name&gt;.original_quantity: a full slot in its unit, 1..1000000. Required.</summary>
        public static ConfigKey SlotOriginalQuantity
        {
            get { return ConfigKey.Integer(SlotFamily, "original_quantity", 1, 1000000, ConfigKey.Required); }
        }

        /// <summary>slot.&lt;name&gt;.unit: unit of the quantity (1..16 of A-Z a-z 0-9 - + _). Default count.</summary>
        public static ConfigKey SlotUnit
        {
            get { return ConfigKey.Identifier(SlotFamily, "unit", MaxUnitLength, "count"); }
        }

        /// <summary>The repeatable [slot.&lt;name&gt;] sections, keys in documentation order.</summary>
        public static ConfigSectionFamily Slots
        {
            get
            {
                return new ConfigSectionFamily(SlotFamily, MaxSlots, new ConfigKey[]
                {
                    SlotId,
                    SlotSensorChannel,
                    SlotRawEmpty,
                    SlotRawFull,
                    SlotLowPercent,
                    SlotRefillPercent,
                    SlotLowReadings,
                    SlotSampleSeconds,
                    SlotOriginalQuantity,
                    SlotUnit,
                });
            }
        }

        /// <summary>Every repeatable section family.</summary>
        public static ConfigSectionFamily[] Families
        {
            get
            {
                return new ConfigSectionFamily[]
                {
                    Slots,
                };
            }
        }
    }
}
