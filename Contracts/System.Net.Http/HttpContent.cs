// Contract of System.Net.Http.HttpContent as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/HttpContent.cs).
using System.IO;

namespace System.Net.Http
{
    public abstract class HttpContent : IDisposable
    {
        protected HttpContent() { throw null; }

        public string ReadAsString() { throw null; }

        protected internal abstract bool TryComputeLength(out long length);

        public void Dispose() { throw null; }

        protected abstract void SerializeToStream(Stream stream);
    }
}
