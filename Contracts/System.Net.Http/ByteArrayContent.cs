// Contract of System.Net.Http.ByteArrayContent as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/ByteArrayContent.cs).
using System.IO;

namespace System.Net.Http
{
    public class ByteArrayContent : HttpContent
    {
        public ByteArrayContent(byte[] content) { throw null; }

        protected override void SerializeToStream(Stream stream) { throw null; }

        protected internal override bool TryComputeLength(out long length) { throw null; }
    }
}
