// Contract of System.Device.Wifi.WifiAdapter as declared in NuGet nanoFramework.System.Device.Wifi 1.5.144 (nanoframework/System.Device.Wifi System.Device.Wifi/WifiAdapter.cs).
namespace System.Device.Wifi
{
    public sealed class WifiAdapter : IDisposable
    {
        private WifiAdapter() { }

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) { throw null; }

        public void Disconnect() { throw null; }

        public static WifiAdapter[] FindAllAdapters() { throw null; }

        public void Dispose() { throw null; }
    }
}
