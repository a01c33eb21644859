// Contract of System.Net.Http.HttpRequestMessage as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpRequestMessage.cs). There is no (HttpMethod, Uri) constructor.
using System.Net.Http.Headers;

namespace System.Net.Http
{
    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage() { throw null; }

        public HttpRequestMessage(HttpMethod method, string requestUri) { throw null; }

        public Version Version { get { throw null; } set { throw null; } }

        public HttpMethod Method { get { throw null; } set { throw null; } }

        public HttpRequestHeaders Headers { get { throw null; } }

        public HttpContent Content { get { throw null; } set { throw null; } }

        protected virtual void Dispose(bool disposing) { throw null; }

        public void Dispose() { throw null; }
    }
}
