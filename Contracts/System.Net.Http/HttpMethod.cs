// Contract of System.Net.Http.HttpMethod as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpMethod.cs).
namespace System.Net.Http
{
    public class HttpMethod
    {
        public HttpMethod(string method) { throw null; }
    }
}
