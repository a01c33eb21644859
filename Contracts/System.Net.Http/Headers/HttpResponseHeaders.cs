// Contract of System.Net.Http.Headers.HttpResponseHeaders as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/Headers/HttpResponseHeaders.cs). No public members beyond HttpHeaders; its constructor is internal.
namespace System.Net.Http.Headers
{
    public sealed class HttpResponseHeaders : HttpHeaders
    {
        internal HttpResponseHeaders() { throw null; }
    }
}
