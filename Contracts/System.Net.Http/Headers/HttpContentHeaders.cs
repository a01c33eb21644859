// Contract of System.Net.Http.Headers.HttpContentHeaders as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/Headers/HttpContentHeaders.cs). ContentType left out (its MediaTypeHeaderValue namespace is uncertain, see SOURCES.md); the constructor is internal.
namespace System.Net.Http.Headers
{
    public sealed class HttpContentHeaders : HttpHeaders
    {
        internal HttpContentHeaders() { throw null; }

        public long ContentLength { get { throw null; } set { throw null; } }
    }
}
