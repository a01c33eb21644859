// Contract of System.Net.WebExceptionStatus as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/System.Net.WebStatus.cs, c6a0597). Namespace System.Net, assembly System.Net.Http.
namespace System.Net
{
    public enum WebExceptionStatus
    {
        Success = 0,
        NameResolutionFailure = 1,
        ConnectFailure = 2,
        ReceiveFailure = 3,
        SendFailure = 4,
        PipelineFailure = 5,
        RequestCanceled = 6,
        ProtocolError = 7,
        ConnectionClosed = 8,
        TrustFailure = 9,
        SecureChannelFailure = 10,
        ServerProtocolViolation = 11,
        KeepAliveFailure = 12,
        Pending = 13,
        Timeout = 14,
        ProxyNameResolutionFailure = 15,
    }
}
