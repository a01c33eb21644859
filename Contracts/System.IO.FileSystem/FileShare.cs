// Contract of System.IO.FileShare as declared in NuGet nanoFramework.System.IO.FileSystem 1.1.87 (nanoframework/System.IO.FileSystem System.IO.FileSystem/FileShare.cs).
namespace System.IO
{
    [Flags]
    public enum FileShare
    {
        None = 0x00,
        Read = 0x01,
        Write = 0x02,
        ReadWrite = 0x03,
    }
}
