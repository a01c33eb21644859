// Contract of nanoFramework.Json.SerializationException as declared in NuGet nanoFramework.Json 2.2.203 (nanoframework/nanoFramework.Json nanoFramework.Json/SerializationException.cs). Only the implicit parameterless constructor exists.
namespace nanoFramework.Json
{
    [System.Serializable]
    public class SerializationException : System.Exception
    {
    }
}
