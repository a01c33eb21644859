using System;
using System.Collections;

namespace DeviceFirmware.Json
{
    /// <summary>A JSON array, elements in document order.</summary>
    public sealed class JsonArray : JsonValue
    {
        private readonly ArrayList _items = new ArrayList();

        /// <inheritdoc />
        public override JsonValueKind Kind
        {
            get { return JsonValueKind.Array; }
        }

        /// <summary>Number of elements.</summary>
        public int Count
        {
            get { return _items.Count; }
        }

        /// <summary>The element at <paramref name="index"/>.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The element.</returns>
        public JsonValue this[int index]
        {
            get { return (JsonValue)_items[index]; }
        }

        /// <summary>Appends an element; used by <see cref="JsonReader"/>.</summary>
        /// <param name="value">The element.</param>
        internal void Add(JsonValue value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            _items.Add(value);
        }
    }
}
