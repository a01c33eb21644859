// Contract of System.IO.MemoryStream as declared in NuGet nanoFramework.System.IO.Streams 1.1.96 (nanoframework/System.IO.Streams System.IO.Streams/MemoryStream.cs).
// Left out on purpose: the Read(SpanByte buffer) override (see SOURCES.md).
namespace System.IO
{
    public class MemoryStream : Stream
    {
        public MemoryStream() { throw null; }

        public MemoryStream(byte[] buffer) { throw null; }

        public MemoryStream(byte[] buffer, bool isWritable) { throw null; }

        public override bool CanRead { get { throw null; } }

        public override bool CanSeek { get { throw null; } }

        public override bool CanWrite { get { throw null; } }

        protected override void Dispose(bool disposing) { throw null; }

        public override void Flush() { throw null; }

        public virtual byte[] GetBuffer() { throw null; }

        public override long Length { get { throw null; } }

        public override long Position { get { throw null; } set { throw null; } }

        public override int Read(byte[] buffer, int offset, int count) { throw null; }

        public override int ReadByte() { throw null; }

        public override long Seek(long offset, SeekOrigin origin) { throw null; }

        public override void SetLength(long value) { throw null; }

        public virtual byte[] ToArray() { throw null; }

        public override void Write(byte[] buffer, int offset, int count) { throw null; }

        public override void WriteByte(byte value) { throw null; }
    }
}
