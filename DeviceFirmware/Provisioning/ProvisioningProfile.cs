using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Provisioning
{
    /// <summary>What the provisioning session needs to know about the device and its settings; fixed for a boot.</summary>
    public sealed class ProvisioningProfile
    {
        /// <summary>Longest firmware version string published in the info characteristic.</summary>
        public const int MaxFirmwareVersionLength = 32;

        /// <summary>Longest model ID or serial (DRS: 64 characters).</summary>
        public const int MaxIdentifierLength = 64;

        private readonly string _deviceModel;
        private readonly string _serial;
        private readonly string _firmwareVersion;
        private readonly string _deviceName;
        private readonly TimeSpan _window;
        private readonly TimeSpan _longPress;
        private readonly PkceMethod _pkceMethod;
        private readonly int _verifierLength;
        private readonly bool _passkeyRequired;
        private readonly bool _stopBleDuringExchange;
        private readonly bool _webAppFlow;

        /// <summary>Creates a profile.</summary>
        /// <param name="deviceModel">DRS device model ID, 1..64 ASCII characters.</param>
        /// <param name="serial">Device serial, 1..64 ASCII characters.</param>
        /// <param name="firmwareVersion">Firmware version, 1..32 ASCII characters.</param>
        /// <param name="deviceName">BLE name, 1..8 ASCII characters.</param>
        /// <param name="window">How long the window stays open.</param>
        /// <param name="longPress">How long the button must be held to open it.</param>
        /// <param name="pkceMethod">PKCE challenge method.</param>
        /// <param name="verifierLength">PKCE verifier length, 43..128.</param>
        /// <param name="passkeyRequired">True when pairing uses a passkey (secrets then need an authenticated link).</param>
        public ProvisioningProfile(string deviceModel, string serial, string firmwareVersion, string deviceName, TimeSpan window, TimeSpan longPress, PkceMethod pkceMethod, int verifierLength, bool passkeyRequired)
            : this(deviceModel, serial, firmwareVersion, deviceName, window, longPress, pkceMethod, verifierLength, passkeyRequired, false)
        {
        }

        /// <summary>Creates a profile.</summary>
        /// <param name="deviceModel">DRS device model ID, 1..64 ASCII characters.</param>
        /// <param name="serial">Device serial, 1..64 ASCII characters.</param>
        /// <param name="firmwareVersion">Firmware version, 1..32 ASCII characters.</param>
        /// <param name="deviceName">BLE name, 1..8 ASCII characters.</param>
        /// <param name="window">How long the window stays open.</param>
        /// <param name="longPress">How long the button must be held to open it.</param>
        /// <param name="pkceMethod">PKCE challenge method.</param>
        /// <param name="verifierLength">PKCE verifier length, 43..128.</param>
        /// <param name="passkeyRequired">True when pairing uses a passkey (secrets then need an authenticated link).</param>
        /// <param name="stopBleDuringExchange">True to stop the BLE server while the code is exchanged over HTTPS (provisioning.ble_during_exchange = stop).</param>
        public ProvisioningProfile(string deviceModel, string serial, string firmwareVersion, string deviceName, TimeSpan window, TimeSpan longPress, PkceMethod pkceMethod, int verifierLength, bool passkeyRequired, bool stopBleDuringExchange)
            : this(deviceModel, serial, firmwareVersion, deviceName, window, longPress, pkceMethod, verifierLength, passkeyRequired, stopBleDuringExchange, false)
        {
        }

        /// <summary>Creates a profile.</summary>
        /// <param name="deviceModel">DRS device model ID, 1..64 ASCII characters.</param>
        /// <param name="serial">Device serial, 1..64 ASCII characters.</param>
        /// <param name="firmwareVersion">Firmware version, 1..32 ASCII characters.</param>
        /// <param name="deviceName">BLE name, 1..8 ASCII characters.</param>
        /// <param name="window">How long the window stays open.</param>
        /// <param name="longPress">How long the button must be held to open it.</param>
        /// <param name="pkceMethod">PKCE challenge method (unused in the web-app flow).</param>
        /// <param name="verifierLength">PKCE verifier length, 43..128 (unused in the web-app flow).</param>
        /// <param name="passkeyRequired">True when pairing uses a passkey (secrets then need an authenticated link).</param>
        /// <param name="stopBleDuringExchange">True to stop the BLE server during the HTTPS step of state 4.</param>
        /// <param name="webAppFlow">True in the web-app flow: Wi-Fi only over BLE, no PKCE, state 4 contacts the web application.</param>
        public ProvisioningProfile(string deviceModel, string serial, string firmwareVersion, string deviceName, TimeSpan window, TimeSpan longPress, PkceMethod pkceMethod, int verifierLength, bool passkeyRequired, bool stopBleDuringExchange, bool webAppFlow)
        {
            VisibleAscii.Check(deviceModel, "deviceModel", MaxIdentifierLength);
            VisibleAscii.Check(serial, "serial", MaxIdentifierLength);
            VisibleAscii.Check(firmwareVersion, "firmwareVersion", MaxFirmwareVersionLength);
            VisibleAscii.Check(deviceName, "deviceName", FirmwareConfigSchema.MaxDeviceNameLength);
            if (window <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("window", "the provisioning window must be longer than 0");
            }

            if (verifierLength < CodeVerifier.MinLength || verifierLength > CodeVerifier.MaxLength)
            {
                throw new ArgumentOutOfRangeException("verifierLength", "a PKCE verifier has 43..128 characters");
            }

            _deviceModel = deviceModel;
            _serial = serial;
            _firmwareVersion = firmwareVersion;
            _deviceName = deviceName;
            _window = window;
            _longPress = longPress;
            _pkceMethod = pkceMethod;
            _verifierLength = verifierLength;
            _passkeyRequired = passkeyRequired;
            _stopBleDuringExchange = stopBleDuringExchange;
            _webAppFlow = webAppFlow;
        }

        /// <summary>The DRS device model ID.</summary>
        public string DeviceModel
        {
            get { return _deviceModel; }
        }

        /// <summary>The device serial.</summary>
        public string Serial
        {
            get { return _serial; }
        }

        /// <summary>The firmware version.</summary>
        public string FirmwareVersion
        {
            get { return _firmwareVersion; }
        }

        /// <summary>The advertised name.</summary>
        public string DeviceName
        {
            get { return _deviceName; }
        }

        /// <summary>How long the window stays open.</summary>
        public TimeSpan Window
        {
            get { return _window; }
        }

        /// <summary>How long the button must be held.</summary>
        public TimeSpan LongPress
        {
            get { return _longPress; }
        }

        /// <summary>The PKCE method.</summary>
        public PkceMethod PkceMethod
        {
            get { return _pkceMethod; }
        }

        /// <summary>The PKCE verifier length.</summary>
        public int VerifierLength
        {
            get { return _verifierLength; }
        }

        /// <summary>True when secrets need a passkey-authenticated link.</summary>
        public bool PasskeyRequired
        {
            get { return _passkeyRequired; }
        }

        /// <summary>True when the BLE server stops during the HTTPS code exchange and advertises again after it.</summary>
        public bool StopBleDuringExchange
        {
            get { return _stopBleDuringExchange; }
        }

        /// <summary>True in the web-app flow: BLE carries Wi-Fi only, no PKCE verifier is made, state 4 contacts the web application.</summary>
        public bool WebAppFlow
        {
            get { return _webAppFlow; }
        }

        /// <summary>Builds the profile from nf.config.</summary>
        /// <param name="config">The configuration.</param>
        /// <param name="serial">The serial in use (configured or derived from the MAC).</param>
        /// <param name="firmwareVersion">The running firmware's version.</param>
        /// <returns>The profile.</returns>
        public static ProvisioningProfile FromConfig(FirmwareConfig config, string serial, string firmwareVersion)
        {
            ProvisioningSettings settings = config.Provisioning;
            return new ProvisioningProfile(
                config.DeviceModel,
                serial,
                firmwareVersion,
                BleDeviceName.Choose(settings, serial),
                TimeSpan.FromTicks(settings.WindowMinutes * TimeSpan.TicksPerMinute),
                TimeSpan.FromTicks(settings.LongPressSeconds * TimeSpan.TicksPerSecond),
                config.PkceMethod,
                config.PkceVerifierLength,
                settings.HasPasskey,
                settings.StopBleDuringExchange,
                config.Flow == FirmwareFlow.WebApp);
        }
    }
}
