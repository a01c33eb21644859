// Contract of nanoFramework.Networking.NetworkHelperStatus as declared in NuGet nanoFramework.System.Net 1.11.54 (nanoframework/System.Net nanoFramework.System.Net/NetworkHelper/NetworkHelperStatus.cs).
namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None,
        Started,
        NetworkIsReady,
        FailedNoNetworkInterface,
        TokenExpiredWaitingIPAddress,
        TokenExpiredWaitingDateTime,
        ErrorConnetingToWiFiWhileScanning,
        ExceptionOccurred
    }
}
