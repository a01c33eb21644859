// Contract of System.Collections.Hashtable as declared in NuGet nanoFramework.System.Collections 1.5.67 (nanoframework/System.Collections nanoFramework.System.Collections/Collections/Hashtable.cs).
namespace System.Collections
{
    [Serializable]
    public class Hashtable : ICloneable, IDictionary
    {
        public Hashtable() { throw null; }

        public Hashtable(int capacity) { throw null; }

        public object Clone() { throw null; }

        public IEnumerator GetEnumerator() { throw null; }

        public int Count { get { throw null; } }

        public bool IsSynchronized { get { throw null; } }

        public object SyncRoot { get { throw null; } }

        public void CopyTo(Array array, int arrayIndex) { throw null; }

        public bool IsReadOnly { get { throw null; } }

        public bool IsFixedSize { get { throw null; } }

        public ICollection Keys { get { throw null; } }

        public ICollection Values { get { throw null; } }

        public object this[object key] { get { throw null; } set { throw null; } }

        public void Add(object key, object value) { throw null; }

        public void Clear() { throw null; }

        public bool Contains(object key) { throw null; }

        public void Remove(object key) { throw null; }
    }
}
