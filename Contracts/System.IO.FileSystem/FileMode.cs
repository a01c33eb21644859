// Contract of System.IO.FileMode as declared in NuGet nanoFramework.System.IO.FileSystem 1.1.87 (nanoframework/System.IO.FileSystem System.IO.FileSystem/FileMode.cs; values also in nanoframework/nf-interpreter src/System.IO.FileSystem/nf_sys_io_filesystem.h).
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }
}
