// Contract of System.Device.Wifi.WifiReconnectionKind as declared in NuGet nanoFramework.System.Device.Wifi 1.5.144 (nanoframework/System.Device.Wifi System.Device.Wifi/WifiReconnectionKind.cs).
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual
    }
}
