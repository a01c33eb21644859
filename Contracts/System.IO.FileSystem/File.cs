// Contract of System.IO.File as declared in NuGet nanoFramework.System.IO.FileSystem 1.1.87 (nanoframework/System.IO.FileSystem System.IO.FileSystem/File.cs, NativeIO-based version).
namespace System.IO
{
    public static class File
    {
        public static void Delete(string path) { throw null; }

        public static bool Exists(string path) { throw null; }

        public static string ReadAllText(string path) { throw null; }
    }
}
