// Contract of System.Text.Encoding as declared in NuGet nanoFramework.System.Text 1.3.42 (nanoframework/System.Text nanoFramework.System.Text/Text/Encoding.cs; member list checked against nanoframework/CoreLibrary source/System/Text/Encoding.cs, from which it was moved).
// Only the members the firmware uses (see SOURCES.md for the rest of the real class).
namespace System.Text
{
    [Serializable]
    public abstract class Encoding
    {
        public static Encoding UTF8 { get { throw null; } }

        public virtual string GetString(byte[] bytes, int index, int count) { throw null; }
    }
}
