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
    /// The ESP32's Wi-Fi station: <see cref="IWifiStation"/> for provisioning and <see cref="IWifiLink"/> for
    /// the operating loop (rejoin after a boot with nanoFramework's WifiNetworkHelper, forget on a factory
    /// reset). A provisioning join uses the <see cref="WifiAdapter"/> directly, because its connect status
    /// tells a wrong password from a missing network (WifiNetworkHelper.ConnectDhcp ignores it and only waits
    /// for DHCP); <see cref="WifiJoinClassifier"/> makes the decision. A joined network's SSID and password go
    /// to the Wi-Fi driver's configuration block (not our files), as the helper does, but only once joined.
    /// Joins use <see cref="WifiReconnectionKind.Automatic"/>, so the driver itself reconnects after a drop;
    /// <see cref="Reconnect"/> is the app's fallback when the link is still down. Every wait is bounded.
    /// The password is never logged.
    /// </summary>
    public sealed class WifiStation : IWifiStation, IWifiLink
    {
        private const string NoAddress = "0.0.0.0";

        // How often a join looks for the DHCP address.
        private const int AddressPollMs = 250;

        private readonly int _timeoutMs;
        private readonly HardwareRandomSource _radioRandom;
        private readonly ILog _log;
        private WifiAdapter _adapter;

        /// <summary>Creates the station.</summary>
        /// <param name="timeout">Longest wait for an IP address once associated (and for a rejoin), e.g. 30 s; the driver bounds the association itself (20 s).</param>
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

            NetworkInterface wifi = WirelessInterface();
            if (wifi == null)
            {
                _log.Error("Wi-Fi: no wireless network interface in this firmware image");
                return WifiJoinResult.Failed;
            }

            WifiAdapter adapter = Adapter();
            adapter.Disconnect();

            // Blocks until associated or refused, at most the driver's 20 s.
            WifiConnectionResult connection = adapter.Connect(ssid, WifiReconnectionKind.Automatic, password);
            WifiAssociationStatus status = (WifiAssociationStatus)(int)connection.ConnectionStatus;
            bool gotAddress = status == WifiAssociationStatus.Success && WaitForAddress();
            WifiJoinResult result = WifiJoinClassifier.Classify(status, gotAddress);
            if (result != WifiJoinResult.Joined)
            {
                // Stop the driver's automatic retries with values that failed: they would share the radio with BLE for nothing.
                adapter.Disconnect();
                _log.Warn("Wi-Fi: joining \"" + ssid + "\" failed: connect status " + (int)status
                    + (status == WifiAssociationStatus.Success ? ", no IP address within " + (_timeoutMs / 1000) + " s" : string.Empty));
                return result;
            }

            StoreCredentials(wifi, ssid, password);
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
            // The interface, whichever adapter object joined it (WifiNetworkHelper.Disconnect only reaches the helper's own).
            Adapter().Disconnect();
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

        private WifiAdapter Adapter()
        {
            if (_adapter == null)
            {
                // One adapter for the station's life (the ESP32 has one Wi-Fi interface).
                _adapter = WifiAdapter.FindAllAdapters()[0];
            }

            return _adapter;
        }

        private bool WaitForAddress()
        {
            for (int waited = 0; waited < _timeoutMs; waited += AddressPollMs)
            {
                if (IsConnected)
                {
                    return true;
                }

                Thread.Sleep(AddressPollMs);
            }

            return IsConnected;
        }

        private static void StoreCredentials(NetworkInterface wifi, string ssid, string password)
        {
            // The interface's own configuration, as WifiNetworkHelper stores it: the driver rejoins it at boot.
            Wireless80211Configuration configuration = Wireless80211Configuration.GetAllWireless80211Configurations()[wifi.SpecificConfigId];
            configuration.Ssid = ssid;
            configuration.Password = password;
            configuration.SaveConfiguration();
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
