// Contract of System.Net.Http.StringContent as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/StringContent.cs).
using System.Text;

namespace System.Net.Http
{
    public class StringContent : ByteArrayContent
    {
        public StringContent(string content, Encoding encoding, string mediaType) : base(null) { throw null; }
    }
}
