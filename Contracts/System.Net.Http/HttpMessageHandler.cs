// Contract of System.Net.Http.HttpMessageHandler as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpMessageHandler.cs). Declared because HttpMessageInvoker's constructors take it.
namespace System.Net.Http
{
    public abstract class HttpMessageHandler : IDisposable
    {
        protected internal abstract HttpResponseMessage Send(HttpRequestMessage request);

        protected virtual void Dispose(bool disposing) { throw null; }

        public void Dispose() { throw null; }
    }
}
