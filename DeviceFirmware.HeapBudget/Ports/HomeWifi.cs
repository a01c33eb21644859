using DeviceFirmware.App;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>The home network: the provisioning join works, the stored network rejoins; nothing is kept but flags.</summary>
    public sealed class HomeWifi : IWifiStation, IWifiLink
    {
        /// <summary>Joins so far (provisioning).</summary>
        public int Joins { get; private set; }

        /// <inheritdoc />
        public bool IsConnected { get; private set; }

        /// <inheritdoc />
        public WifiJoinResult Join(string ssid, string password)
        {
            Joins++;
            IsConnected = true;
            return WifiJoinResult.Joined;
        }

        /// <inheritdoc />
        public bool Reconnect()
        {
            IsConnected = true;
            return true;
        }

        /// <inheritdoc />
        public void ForgetCredentials()
        {
            IsConnected = false;
        }
    }
}
