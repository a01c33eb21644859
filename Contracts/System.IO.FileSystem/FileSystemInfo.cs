// Contract of System.IO.FileSystemInfo as declared in NuGet nanoFramework.System.IO.FileSystem 1.1.87 (nanoframework/System.IO.FileSystem System.IO.FileSystem/FileSystemInfo.cs). Base of DirectoryInfo.
namespace System.IO
{
    public abstract class FileSystemInfo : MarshalByRefObject
    {
        public virtual string FullName { get { throw null; } }

        public abstract bool Exists { get; }

        public abstract string Name { get; }

        public abstract void Delete();
    }
}
