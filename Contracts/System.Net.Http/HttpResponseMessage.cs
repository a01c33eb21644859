// Contract of System.Net.Http.HttpResponseMessage as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpResponseMessage.cs). No constructor declared: the firmware never creates one (the implicit one matches the real public HttpResponseMessage()).
namespace System.Net.Http
{
    public class HttpResponseMessage : IDisposable
    {
        public HttpContent Content { get { throw null; } set { throw null; } }

        public HttpStatusCode StatusCode { get { throw null; } }

        public void Dispose() { throw null; }
    }
}
