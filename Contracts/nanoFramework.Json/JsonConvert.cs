// Contract of nanoFramework.Json.JsonConvert as declared in NuGet nanoFramework.Json 2.2.203 (nanoframework/nanoFramework.Json nanoFramework.Json/JsonConvert.cs).
// Left out: DeserializeObject(Stream stream, Type type) and DeserializeObject(StreamReader dr, Type type), which also exist.
namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object oSource) { throw null; }

        public static object DeserializeObject(string sourceString, System.Type type) { throw null; }
    }
}
