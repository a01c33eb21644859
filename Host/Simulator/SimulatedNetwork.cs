using System;
using System.IO;
using DeviceFirmware.App;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The home Wi-Fi network and the ESP32's Wi-Fi driver as the firmware sees them: a join succeeds only
    /// with the network's SSID and password; the driver keeps the joined credentials (in a file when the
    /// flash folder is kept, like the ESP32's NVS) so a later boot can rejoin. The password never leaves this class.
    /// </summary>
    public sealed class SimulatedNetwork : IWifiStation, IWifiLink
    {
        private readonly string _ssid;
        private readonly string _password;
        private readonly string _nvsPath;
        private string _storedSsid;
        private string _storedPassword;

        /// <summary>A network with these credentials; <paramref name="nvsPath"/> null keeps the driver's credentials in RAM of this object only.</summary>
        public SimulatedNetwork(string ssid, string password, string nvsPath)
        {
            _ssid = ssid;
            _password = password;
            _nvsPath = nvsPath;
            if (_nvsPath != null && File.Exists(_nvsPath))
            {
                string[] lines = File.ReadAllLines(_nvsPath);
                if (lines.Length == 2)
                {
                    _storedSsid = lines[0];
                    _storedPassword = lines[1];
                }
            }
        }

        /// <summary>Joins still to be refused as a wrong password (fault injection).</summary>
        public int WrongPasswordJoinsLeft { get; set; }

        /// <summary>Join attempts (provisioning and rejoins).</summary>
        public int Joins { get; private set; }

        /// <summary>True when credentials are stored in the driver.</summary>
        public bool HasStoredCredentials => _storedSsid != null;

        /// <inheritdoc />
        public bool IsConnected { get; private set; }

        /// <summary>A power cut: the radio is off until the next join.</summary>
        public void PowerOff() => IsConnected = false;

        /// <inheritdoc />
        public WifiJoinResult Join(string ssid, string password)
        {
            Joins++;
            IsConnected = false;
            if (ssid != _ssid)
            {
                return WifiJoinResult.NetworkNotFound;
            }

            if (password != _password || WrongPasswordJoinsLeft > 0)
            {
                WrongPasswordJoinsLeft = Math.Max(0, WrongPasswordJoinsLeft - 1);
                return WifiJoinResult.WrongPassword;
            }

            _storedSsid = ssid;
            _storedPassword = password;
            if (_nvsPath != null)
            {
                File.WriteAllLines(_nvsPath, new[] { ssid, password });
            }

            IsConnected = true;
            return WifiJoinResult.Joined;
        }

        /// <inheritdoc />
        public bool Reconnect()
        {
            Joins++;
            IsConnected = _storedSsid == _ssid && _storedPassword == _password;
            return IsConnected;
        }

        /// <inheritdoc />
        public void ForgetCredentials()
        {
            _storedSsid = null;
            _storedPassword = null;
            IsConnected = false;
            if (_nvsPath != null && File.Exists(_nvsPath))
            {
                File.Delete(_nvsPath);
            }
        }
    }
}
