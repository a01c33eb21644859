// Contract of nanoFramework.Networking.WifiNetworkHelper as declared in NuGet nanoFramework.System.Device.Wifi 1.5.144 (nanoframework/System.Device.Wifi System.Device.Wifi/NetworkHelper/WifiNetworkHelper.cs).
using System;
using System.Device.Wifi;
using System.Threading;

namespace nanoFramework.Networking
{
    public static class WifiNetworkHelper
    {
        public static NetworkHelperStatus Status { get { throw null; } }

        public static Exception HelperException { get { throw null; } }

        public static bool Reconnect(
            bool requiresDateTime = false,
            int wifiAdapterId = 0,
            CancellationToken token = default)
        {
            throw null;
        }
    }
}
