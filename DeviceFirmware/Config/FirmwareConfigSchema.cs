using DeviceFirmware.Auth;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// Every section and key of the firmware's nf.config (docs/nf-config.md). A new key is one
    /// more declaration here, listed in <see cref="Keys"/>, plus its property in <see cref="FirmwareConfig"/>.
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

        /// <summary>Longest DRS device model ID or literal serial.</summary>
        public const int MaxIdentifierLength = 64;

        /// <summary>The value of device.serial that derives the serial from the chip's MAC.</summary>
        public const string MacSerial = "mac";

        /// <summary>Default LWA token endpoint.</summary>
        public const string DefaultLwaTokenUrl = "https://api.amazon.com/auth/o2/token";

        /// <summary>Default DRS endpoint (North America).</summary>
        public const string DefaultDrsBaseUrl = "https://dash-replenishment-service-na.amazon.com";

        /// <summary>device.model: the DRS device model ID. Required.</summary>
        public static readonly ConfigKey DeviceModel = ConfigKey.Identifier(DeviceSection, "model", MaxIdentifierLength, ConfigKey.Required);

        /// <summary>device.serial: "mac" or a literal serial. Default "mac".</summary>
        public static readonly ConfigKey DeviceSerial = ConfigKey.Identifier(DeviceSection, "serial", MaxIdentifierLength, MacSerial);

        /// <summary>lwa.token_url: the LWA token endpoint.</summary>
        public static readonly ConfigKey LwaTokenUrl = ConfigKey.Url(LwaSection, "token_url", DefaultLwaTokenUrl);

        /// <summary>drs.base_url: the DRS endpoint that API paths are appended to.</summary>
        public static readonly ConfigKey DrsBaseUrl = ConfigKey.BaseUrl(DrsSection, "base_url", DefaultDrsBaseUrl);

        /// <summary>pkce.method: S256 or plain, exact case. Default S256.</summary>
        public static readonly ConfigKey PkceMethod = ConfigKey.Choice(PkceSection, "method", new string[] { PkceMethodNames.S256, PkceMethodNames.Plain }, PkceMethodNames.S256);

        /// <summary>pkce.verifier_length: 43..128. Default 43.</summary>
        public static readonly ConfigKey PkceVerifierLength = ConfigKey.Integer(PkceSection, "verifier_length", CodeVerifier.MinLength, CodeVerifier.MaxLength, CodeVerifier.DefaultLength.ToString());

        /// <summary>The schema: every key above, in documentation order.</summary>
        public static readonly ConfigKey[] Keys = new ConfigKey[]
        {
            DeviceModel,
            DeviceSerial,
            LwaTokenUrl,
            DrsBaseUrl,
            PkceMethod,
            PkceVerifierLength,
        };
    }
}
