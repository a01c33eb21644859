// Contract of System.Net.Http.HttpContent as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpContent.cs).
using System.IO;
using System.Net.Http.Headers;

namespace System.Net.Http
{
    public abstract class HttpContent : IDisposable
    {
        protected HttpContent() { throw null; }

        public HttpContentHeaders Headers { get { throw null; } }

        public void CopyTo(Stream stream) { throw null; }

        public void LoadIntoBuffer() { throw null; }

        public Stream ReadAsStream() { throw null; }

        public byte[] ReadAsByteArray() { throw null; }

        public string ReadAsString() { throw null; }

        protected internal abstract bool TryComputeLength(out long length);

        public void Dispose() { throw null; }

        protected virtual void Dispose(bool disposing) { throw null; }

        protected abstract void SerializeToStream(Stream stream);

        protected virtual Stream CreateContentReadStream() { throw null; }
    }
}
