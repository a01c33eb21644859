// Contract of System.Net.Http.HttpMessageHandler as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpMessageHandler.cs). Declared because the HttpMessageInvoker constructor that HttpClient() calls takes it.
namespace System.Net.Http
{
    public abstract class HttpMessageHandler : IDisposable
    {
        public void Dispose() { throw null; }
    }
}
