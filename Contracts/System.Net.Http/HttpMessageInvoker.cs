// Contract of System.Net.Http.HttpMessageInvoker as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpMessageInvoker.cs). Base class of HttpClient.
namespace System.Net.Http
{
    public class HttpMessageInvoker : IDisposable
    {
        public HttpMessageInvoker(HttpMessageHandler handler, bool disposeHandler) { throw null; }

        public void Dispose() { throw null; }
    }
}
