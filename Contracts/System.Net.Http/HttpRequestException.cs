// Contract of System.Net.Http.HttpRequestException as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpRequestException.cs). Thrown by EnsureSuccessStatusCode.
namespace System.Net.Http
{
    [Serializable]
    public class HttpRequestException : Exception
    {
        public HttpRequestException() { throw null; }

        public HttpRequestException(string message) { throw null; }

        public HttpRequestException(string message, Exception inner) { throw null; }
    }
}
