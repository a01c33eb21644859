// Contract of System.Web.HttpUtility as declared in NuGet nanoFramework.System.Net.Http 1.5.207 (nanoframework/System.Net.Http nanoFramework.System.Net.Http/Http/System.Net.HttpUtility.cs). Namespace is System.Web (not System.Net) although the file is named System.Net.HttpUtility.cs; assembly System.Net.Http.
using System.Text;

namespace System.Web
{
    public class HttpUtility
    {
        public static string UrlEncode(string str) { throw null; }

        public static string UrlEncode(string str, Encoding e) { throw null; }

        public static string UrlEncode(byte[] bytes, int offset, int count) { throw null; }

        public static string UrlEncode(byte[] bytes) { throw null; }

        public static byte[] UrlEncodeToBytes(string str, Encoding e) { throw null; }

        public static byte[] UrlEncodeToBytes(byte[] bytes) { throw null; }

        public static byte[] UrlEncodeToBytes(byte[] bytes, int offset, int count) { throw null; }

        public static string UrlDecode(string str) { throw null; }

        public static string UrlDecode(string str, Encoding e) { throw null; }

        public static string UrlDecode(byte[] bytes, int offset, int count, Encoding e) { throw null; }

        public static string UrlDecode(byte[] bytes, Encoding e) { throw null; }

        public static byte[] UrlDecodeToBytes(byte[] bytes, int offset, int count) { throw null; }

        public static byte[] UrlDecodeToBytes(string str, Encoding e) { throw null; }

        public static byte[] UrlDecodeToBytes(string str) { throw null; }

        public static byte[] UrlDecodeToBytes(byte[] bytes) { throw null; }

        public static int HexToInt(char h) { throw null; }
    }
}
