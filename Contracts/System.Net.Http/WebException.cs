// Contract of System.Net.WebException as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/System.Net.WebException.cs, c6a0597). Namespace System.Net, assembly System.Net.Http.
// HttpClientHandler wraps it in HttpRequestException; HttpWebRequest throws it with ConnectFailure / NameResolutionFailure. Only the members the firmware uses (it catches it and reads Status): no constructor declared (the implicit one matches the real public WebException()).
namespace System.Net
{
    public class WebException : InvalidOperationException
    {
        public WebExceptionStatus Status { get { throw null; } }
    }
}
