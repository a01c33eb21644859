// Contract of System.Collections.DictionaryEntry as declared in NuGet nanoFramework.System.Collections 1.5.67 (nanoframework/System.Collections nanoFramework.System.Collections/Collections/DictionaryEntry.cs). A class (not a struct) in nanoFramework.
namespace System.Collections
{
    [Serializable]
    public class DictionaryEntry
    {
        public object Key;

        public object Value;

        public DictionaryEntry(object key, object value) { throw null; }
    }
}
