using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using DeviceFirmware.App;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Provisioning;
using nanoFramework.Networking;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// The ESP32's Wi-Fi station over nanoFramework's WifiNetworkHelper: <see cref="IWifiStation"/> for
    /// provisioning (join with DHCP; the helper saves SSID and password in the Wi-Fi driver's configuration
    /// block, not in our files) and <see cref="IWifiLink"/> for the operating loop (rejoin after a boot, forget
    /// on a factory reset). Joins use <see cref="WifiReconnectionKind.Automatic"/>, so the driver itself
    /// reconnects after a drop; <see cref="Reconnect"/> is the app's fallback when the link is still down.
    /// Every wait is bounded by a cancellation token. The helper reports no reason a join failed beyond its
    /// status (a wrong password and a missing network both end as a DHCP timeout), so a failed join is
    /// <see cref="WifiJoinResult.Failed"/>. The password is never logged.
    /// </summary>
    public sealed class WifiStation : IWifiStation, IWifiLink
    {
        private const string NoAddress = "0.0.0.0";

        private readonly int _timeoutMs;
        private readonly HardwareRandomSource _radioRandom;
        private readonly ILog _log;

        /// <summary>Creates the station.</summary>
        /// <param name="timeout">Longest wait for association and an IP address, e.g. 30 s.</param>
        /// <param name="radioRandom">The hardware RNG to arm once the radio runs, or null.</param>
        /// <param name="log">Where joins and failures are reported.</param>
        public WifiStation(TimeSpan timeout, HardwareRandomSource radioRandom, ILog log)
        {
            if (timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("timeout", "a Wi-Fi join needs a positive timeout");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _timeoutMs = (int)timeout.TotalMilliseconds;
            _radioRandom = radioRandom;
            _log = log;
        }

        /// <inheritdoc />
        public bool IsConnected
        {
            get
            {
                NetworkInterface wifi = WirelessInterface();
                string address = wifi == null ? null : wifi.IPv4Address;
                return address != null && address.Length > 0 && address != NoAddress;
            }
        }

        /// <inheritdoc />
        public WifiJoinResult Join(string ssid, string password)
        {
            if (ssid == null || password == null)
            {
                throw new ArgumentNullException(ssid == null ? "ssid" : "password");
            }

            bool joined;
            using (CancellationTokenSource timeout = new CancellationTokenSource(_timeoutMs))
            {
                joined = WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
            }

            if (!joined)
            {
                _log.Warn("Wi-Fi: joining \"" + ssid + "\" failed: " + Reason());
                return WifiJoinResult.Failed;
            }

            OnJoined("joined \"" + ssid + "\"");
            return WifiJoinResult.Joined;
        }

        /// <inheritdoc />
        public bool Reconnect()
        {
            if (IsConnected)
            {
                OnJoined("already connected");
                return true;
            }

            bool joined;
            using (CancellationTokenSource timeout = new CancellationTokenSource(_timeoutMs))
            {
                joined = WifiNetworkHelper.Reconnect(false, 0, timeout.Token);
            }

            if (!joined)
            {
                _log.Warn("Wi-Fi: rejoining the stored network failed: " + Reason());
                return false;
            }

            OnJoined("rejoined the stored network");
            return true;
        }

        /// <inheritdoc />
        public void ForgetCredentials()
        {
            WifiNetworkHelper.Disconnect();
            Wireless80211Configuration[] configurations = Wireless80211Configuration.GetAllWireless80211Configurations();
            for (int i = 0; i < configurations.Length; i++)
            {
                // Empty, not null: SaveConfiguration refuses a null SSID or password.
                configurations[i].Ssid = string.Empty;
                configurations[i].Password = string.Empty;
                configurations[i].SaveConfiguration();
            }

            _log.Info("Wi-Fi: stored credentials erased (" + configurations.Length + " configuration(s))");
        }

        private void OnJoined(string what)
        {
            if (_radioRandom != null)
            {
                _radioRandom.OnRadioStarted();
            }

            NetworkInterface wifi = WirelessInterface();
            _log.Info("Wi-Fi: " + what + ", IP " + (wifi == null ? "?" : wifi.IPv4Address));
        }

        private static string Reason()
        {
            NetworkHelperStatus status = WifiNetworkHelper.Status;
            Exception e = WifiNetworkHelper.HelperException;
            return "status " + (int)status + (status == NetworkHelperStatus.TokenExpiredWaitingIPAddress ? " (no IP address in time: wrong password, network out of range or no DHCP)" : string.Empty)
                + (status == NetworkHelperStatus.ExceptionOccurred && e != null ? " (" + ExceptionSummary.Describe(e) + ")" : string.Empty);
        }

        private static NetworkInterface WirelessInterface()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return interfaces[i];
                }
            }

            return null;
        }
    }
}
