// Contract of System.Net.Http.HttpResponseMessage as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpResponseMessage.cs).
using System.Net.Http.Headers;

namespace System.Net.Http
{
    public class HttpResponseMessage : IDisposable
    {
        public HttpResponseMessage() { throw null; }

        public HttpResponseMessage(HttpStatusCode statusCode) { throw null; }

        public HttpContent Content { get { throw null; } set { throw null; } }

        public HttpResponseHeaders Headers { get { throw null; } }

        public bool IsSuccessStatusCode { get { throw null; } }

        public string ReasonPhrase { get { throw null; } set { throw null; } }

        public HttpRequestMessage RequestMessage { get { throw null; } set { throw null; } }

        public HttpStatusCode StatusCode { get { throw null; } }

        public Version Version { get { throw null; } set { throw null; } }

        public HttpResponseMessage EnsureSuccessStatusCode() { throw null; }

        protected virtual void Dispose(bool disposing) { throw null; }

        public void Dispose() { throw null; }
    }
}
