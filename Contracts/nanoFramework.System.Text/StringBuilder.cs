// Contract of System.Text.StringBuilder as declared in NuGet nanoFramework.System.Text 1.3.42 (nanoframework/System.Text nanoFramework.System.Text/Text/StringBuilder.cs).
namespace System.Text
{
    public sealed class StringBuilder
    {
        public StringBuilder() { throw null; }

        public StringBuilder(int capacity) { throw null; }

        public int Length { get { throw null; } set { throw null; } }

        public StringBuilder Append(char value) { throw null; }

        public StringBuilder Append(string value) { throw null; }

        public StringBuilder Append(string value, int startIndex, int count) { throw null; }

        public StringBuilder Append(char[] value, int startIndex, int charCount) { throw null; }

        public override string ToString() { throw null; }
    }
}
