// Contract of System.Net.Http.HttpRequestException as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpRequestException.cs). HttpClientHandler wraps send failures in it. No constructor declared: the firmware only catches it (the implicit one matches the real public HttpRequestException()).
namespace System.Net.Http
{
    [Serializable]
    public class HttpRequestException : Exception
    {
    }
}
