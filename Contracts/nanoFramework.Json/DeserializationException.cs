// Contract of nanoFramework.Json.DeserializationException as declared in NuGet nanoFramework.Json 2.2.203 (nanoframework/nanoFramework.Json nanoFramework.Json/DeserializationException.cs). Only the implicit parameterless constructor exists.
namespace nanoFramework.Json
{
    [System.Serializable]
    public class DeserializationException : System.Exception
    {
    }
}
