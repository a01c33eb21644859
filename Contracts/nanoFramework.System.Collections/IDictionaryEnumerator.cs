// Contract of System.Collections.IDictionaryEnumerator as declared in NuGet nanoFramework.System.Collections 1.5.67 (nanoframework/System.Collections nanoFramework.System.Collections/Collections/IDictionaryEnumerator.cs).
namespace System.Collections
{
    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }

        object Value { get; }

        DictionaryEntry Entry { get; }
    }
}
