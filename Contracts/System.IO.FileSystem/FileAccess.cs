// Contract of System.IO.FileAccess as declared in NuGet nanoFramework.System.IO.FileSystem 1.1.87 (nanoframework/System.IO.FileSystem System.IO.FileSystem/FileAccess.cs).
namespace System.IO
{
    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }
}
