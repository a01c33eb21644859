// Contract of System.Net.Http.HttpRequestMessage as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpRequestMessage.cs). There is no (HttpMethod, Uri) constructor.
using System.Net.Http.Headers;

namespace System.Net.Http
{
    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage(HttpMethod method, string requestUri) { throw null; }

        public HttpRequestHeaders Headers { get { throw null; } }

        public HttpContent Content { get { throw null; } set { throw null; } }

        public void Dispose() { throw null; }
    }
}
