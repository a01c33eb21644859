// Contract of System.Net.Http.HttpClient as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpClient.cs).
// Send(HttpRequestMessage) is the inherited HttpMessageInvoker.Send; see SOURCES.md.
using System.IO;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace System.Net.Http
{
    public class HttpClient : HttpMessageInvoker
    {
        public HttpClient() : base(null, true) { throw null; }

        public HttpRequestHeaders DefaultRequestHeaders { get { throw null; } }

        public TimeSpan Timeout { get { throw null; } set { throw null; } }

        public X509Certificate HttpsAuthentCert { get { throw null; } set { throw null; } }

        public SslProtocols SslProtocols { get { throw null; } set { throw null; } }

        public HttpResponseMessage Delete(string requestUri) { throw null; }

        public HttpResponseMessage Get(string requestUri) { throw null; }

        public HttpResponseMessage Get(string requestUri, HttpCompletionOption completionOption) { throw null; }

        public HttpResponseMessage Patch(string requestUri, HttpContent content) { throw null; }

        public HttpResponseMessage Post(string requestUri, HttpContent content) { throw null; }

        public HttpResponseMessage Put(string requestUri, HttpContent content) { throw null; }

        public byte[] GetByteArray(string requestUri) { throw null; }

        public Stream GetStream(string requestUri) { throw null; }

        public string GetString(string requestUri) { throw null; }

        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption) { throw null; }
    }
}
