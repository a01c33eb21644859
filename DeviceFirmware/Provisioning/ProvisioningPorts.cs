using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Provisioning
{
    /// <summary>The ports a <see cref="ProvisioningSession"/> works through, gathered so the composition root wires them once.</summary>
    public sealed class ProvisioningPorts
    {
        private readonly IGattPeripheral _peripheral;
        private readonly IWifiStation _wifi;
        private readonly ITimeSync _timeSync;
        private readonly IAuthorizationCodeExchange _exchange;
        private readonly IFactoryReset _factoryReset;
        private readonly IRandomSource _random;
        private readonly IProvisioningButton _button;

        /// <summary>Gathers the ports.</summary>
        /// <param name="peripheral">The BLE GATT peripheral.</param>
        /// <param name="wifi">The Wi-Fi station.</param>
        /// <param name="timeSync">The network time source.</param>
        /// <param name="exchange">The LWA code exchange.</param>
        /// <param name="factoryReset">Erases stored credentials.</param>
        /// <param name="random">Strong random bytes for PKCE verifiers.</param>
        /// <param name="button">The provisioning button, or null when the product has none.</param>
        public ProvisioningPorts(IGattPeripheral peripheral, IWifiStation wifi, ITimeSync timeSync, IAuthorizationCodeExchange exchange, IFactoryReset factoryReset, IRandomSource random, IProvisioningButton button)
        {
            Require(peripheral, "peripheral");
            Require(wifi, "wifi");
            Require(timeSync, "timeSync");
            Require(exchange, "exchange");
            Require(factoryReset, "factoryReset");
            Require(random, "random");
            _peripheral = peripheral;
            _wifi = wifi;
            _timeSync = timeSync;
            _exchange = exchange;
            _factoryReset = factoryReset;
            _random = random;
            _button = button;
        }

        /// <summary>The BLE GATT peripheral.</summary>
        public IGattPeripheral Peripheral
        {
            get { return _peripheral; }
        }

        /// <summary>The Wi-Fi station.</summary>
        public IWifiStation Wifi
        {
            get { return _wifi; }
        }

        /// <summary>The network time source.</summary>
        public ITimeSync TimeSync
        {
            get { return _timeSync; }
        }

        /// <summary>The LWA code exchange.</summary>
        public IAuthorizationCodeExchange Exchange
        {
            get { return _exchange; }
        }

        /// <summary>Erases stored credentials.</summary>
        public IFactoryReset FactoryReset
        {
            get { return _factoryReset; }
        }

        /// <summary>Random bytes for verifiers.</summary>
        public IRandomSource Random
        {
            get { return _random; }
        }

        /// <summary>The provisioning button, or null.</summary>
        public IProvisioningButton Button
        {
            get { return _button; }
        }

        private static void Require(object port, string name)
        {
            if (port == null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
