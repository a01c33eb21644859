// Contract of System.IO.Stream as declared in NuGet nanoFramework.System.IO.Streams 1.1.96 (nanoframework/System.IO.Streams System.IO.Streams/Stream.cs).
// Left out on purpose: the abstract Read(SpanByte buffer) of the real class (see SOURCES.md).
namespace System.IO
{
    [Serializable]
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract bool CanRead { get; }

        public abstract bool CanSeek { get; }

        public abstract bool CanWrite { get; }

        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public void Dispose() { throw null; }

        public abstract void Flush();

        public abstract long Seek(long offset, SeekOrigin origin);

        public abstract void SetLength(long value);

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);
    }
}
