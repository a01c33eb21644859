// Contract of System.Text.Encoding as declared in NuGet nanoFramework.System.Text 1.3.42 (nanoframework/System.Text nanoFramework.System.Text/Text/Encoding.cs; member list checked against nanoframework/CoreLibrary source/System/Text/Encoding.cs, from which it was moved).
namespace System.Text
{
    [Serializable]
    public abstract class Encoding
    {
        public static Encoding UTF8 { get { throw null; } }

        public virtual byte[] GetBytes(string s) { throw null; }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) { throw null; }

        public virtual char[] GetChars(byte[] bytes) { throw null; }

        public virtual char[] GetChars(byte[] bytes, int byteIndex, int byteCount) { throw null; }

        public virtual string GetString(byte[] bytes, int index, int count) { throw null; }

        public abstract Decoder GetDecoder();
    }
}
