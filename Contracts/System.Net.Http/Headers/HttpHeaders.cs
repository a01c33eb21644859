// Contract of System.Net.Http.Headers.HttpHeaders as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/Headers/HttpHeaders.cs). Add(string, string) is its only public method (no TryAddWithoutValidation, Remove, GetValues).
namespace System.Net.Http.Headers
{
    public abstract class HttpHeaders
    {
        protected HttpHeaders() { throw null; }

        public void Add(string name, string value) { throw null; }
    }
}
