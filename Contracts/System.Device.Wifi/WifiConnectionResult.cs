// Contract of System.Device.Wifi.WifiConnectionResult as declared in NuGet nanoFramework.System.Device.Wifi 1.5.144 (nanoframework/System.Device.Wifi System.Device.Wifi/WifiConnectionResult.cs).
namespace System.Device.Wifi
{
    public class WifiConnectionResult
    {
        private WifiConnectionResult() { }

        public WifiConnectionStatus ConnectionStatus { get { throw null; } }
    }
}
