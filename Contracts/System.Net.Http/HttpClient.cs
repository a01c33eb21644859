// Contract of System.Net.Http.HttpClient as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpClient.cs).
// The inherited HttpMessageInvoker.Send(HttpRequestMessage) is not declared: it skips Timeout and the TLS settings (see SOURCES.md).
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace System.Net.Http
{
    public class HttpClient : HttpMessageInvoker
    {
        public HttpClient() : base(null, true) { throw null; }

        public TimeSpan Timeout { get { throw null; } set { throw null; } }

        public X509Certificate HttpsAuthentCert { get { throw null; } set { throw null; } }

        public SslProtocols SslProtocols { get { throw null; } set { throw null; } }

        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption) { throw null; }
    }
}
