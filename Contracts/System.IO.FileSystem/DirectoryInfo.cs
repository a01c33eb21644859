// Contract of System.IO.DirectoryInfo as declared in NuGet nanoFramework.System.IO.FileSystem 1.1.87 (nanoframework/System.IO.FileSystem System.IO.FileSystem/DirectoryInfo.cs). Declared because Directory.CreateDirectory returns it.
namespace System.IO
{
    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) { throw null; }

        public override string Name { get { throw null; } }

        public override bool Exists { get { throw null; } }

        public override void Delete() { throw null; }
    }
}
