// Contract of System.Device.Wifi.WifiConnectionStatus as declared in NuGet nanoFramework.System.Device.Wifi 1.5.144 (nanoframework/System.Device.Wifi System.Device.Wifi/WifiConnectionStatus.cs).
namespace System.Device.Wifi
{
    public enum WifiConnectionStatus
    {
        AccessRevoked,
        InvalidCredential,
        NetworkNotAvailable,
        Success,
        Timeout,
        UnspecifiedFailure,
        UnsupportedAuthenticationProtocol
    }
}
