// Contract of System.Net.Http.Headers.HttpRequestHeaders as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/Headers/HttpRequestHeaders.cs). Its constructor is internal.
namespace System.Net.Http.Headers
{
    public sealed class HttpRequestHeaders : HttpHeaders
    {
        internal HttpRequestHeaders() { throw null; }
    }
}
