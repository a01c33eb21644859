using System.Collections.Generic;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>One Wi-Fi network in range: joins only with its SSID and password; a failure can be forced.</summary>
    internal sealed class SimulatedWifi : IWifiStation
    {
        public SimulatedWifi(string ssid, string password)
        {
            Ssid = ssid;
            Password = password;
        }

        public string Ssid { get; }

        public string Password { get; set; }

        /// <summary>When set, the next joins with the right credentials fail this way (e.g. no DHCP).</summary>
        public Queue<WifiJoinResult> ForcedResults { get; } = new Queue<WifiJoinResult>();

        public int Joins { get; private set; }

        public bool Joined { get; private set; }

        public WifiJoinResult Join(string ssid, string password)
        {
            Joins++;
            if (ssid != Ssid)
            {
                return WifiJoinResult.NetworkNotFound;
            }

            if (password != Password)
            {
                return WifiJoinResult.WrongPassword;
            }

            if (ForcedResults.Count > 0)
            {
                return ForcedResults.Dequeue();
            }

            Joined = true;
            return WifiJoinResult.Joined;
        }
    }
}
