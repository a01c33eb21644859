// Contract of System.IO.SeekOrigin as declared in NuGet nanoFramework.System.IO.Streams 1.1.96 (nanoframework/System.IO.Streams System.IO.Streams/SeekOrigin.cs).
namespace System.IO
{
    [Serializable]
    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }
}
