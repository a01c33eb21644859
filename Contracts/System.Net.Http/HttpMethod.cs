// Contract of System.Net.Http.HttpMethod as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpMethod.cs).
namespace System.Net.Http
{
    public class HttpMethod
    {
        public HttpMethod(string method) { throw null; }

        public static HttpMethod Get { get { throw null; } }

        public static HttpMethod Put { get { throw null; } }

        public static HttpMethod Post { get { throw null; } }

        public static HttpMethod Delete { get { throw null; } }

        public static HttpMethod Head { get { throw null; } }

        public static HttpMethod Options { get { throw null; } }

        public static HttpMethod Patch { get { throw null; } }

        public string Method { get { throw null; } }
    }
}
