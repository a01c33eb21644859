using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Net;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Storage;
using DeviceFirmware.Time;

namespace DeviceFirmware.App
{
    /// <summary>The adapters <see cref="FirmwareApp"/> is built with: ESP32 ones on the device, host ones in the simulator and tests.</summary>
    public sealed class FirmwarePorts
    {
        /// <summary>Creates the holder; every port but the button is required.</summary>
        /// <param name="flash">Flash storage for tokens and slot episodes.</param>
        /// <param name="http">HTTP(S) transport for LWA and DRS.</param>
        /// <param name="random">Random source (PKCE verifiers, backoff jitter).</param>
        /// <param name="sensor">The supply sensor (all slots).</param>
        /// <param name="peripheral">The BLE GATT peripheral of the provisioning service.</param>
        /// <param name="wifi">Joins the network the companion app sends (and stores its credentials).</param>
        /// <param name="wifiLink">Rejoins the stored network after a boot and forgets it on a factory reset.</param>
        /// <param name="timeSync">Sets the clock from the network (SNTP).</param>
        /// <param name="button">The provisioning button; null when the product has none.</param>
        /// <param name="clock">Time source of the GATT side (message timeouts).</param>
        /// <param name="log">Where progress is reported; never a secret.</param>
        public FirmwarePorts(IFlashStore flash, IHttpTransport http, IRandomSource random, ISupplySensor sensor, IGattPeripheral peripheral, IWifiStation wifi, IWifiLink wifiLink, ITimeSync timeSync, IProvisioningButton button, IClock clock, ILog log)
        {
            Require(flash, "flash");
            Require(http, "http");
            Require(random, "random");
            Require(sensor, "sensor");
            Require(peripheral, "peripheral");
            Require(wifi, "wifi");
            Require(wifiLink, "wifiLink");
            Require(timeSync, "timeSync");
            Require(clock, "clock");
            Require(log, "log");
            Flash = flash;
            Http = http;
            Random = random;
            Sensor = sensor;
            Peripheral = peripheral;
            Wifi = wifi;
            WifiLink = wifiLink;
            TimeSync = timeSync;
            Button = button;
            Clock = clock;
            Log = log;
        }

        /// <summary>Flash storage.</summary>
        public IFlashStore Flash { get; private set; }

        /// <summary>HTTP transport.</summary>
        public IHttpTransport Http { get; private set; }

        /// <summary>Random source.</summary>
        public IRandomSource Random { get; private set; }

        /// <summary>Supply sensor.</summary>
        public ISupplySensor Sensor { get; private set; }

        /// <summary>BLE GATT peripheral.</summary>
        public IGattPeripheral Peripheral { get; private set; }

        /// <summary>Wi-Fi station used by provisioning.</summary>
        public IWifiStation Wifi { get; private set; }

        /// <summary>The stored Wi-Fi network.</summary>
        public IWifiLink WifiLink { get; private set; }

        /// <summary>Clock synchronisation.</summary>
        public ITimeSync TimeSync { get; private set; }

        /// <summary>Provisioning button, or null.</summary>
        public IProvisioningButton Button { get; private set; }

        /// <summary>Clock of the GATT side.</summary>
        public IClock Clock { get; private set; }

        /// <summary>Log.</summary>
        public ILog Log { get; private set; }

        private static void Require(object port, string name)
        {
            if (port == null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
