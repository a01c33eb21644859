using System;
using System.Collections;

namespace DeviceFirmware.Json
{
    /// <summary>
    /// A JSON object with its members in document order. <see cref="JsonReader"/> rejects
    /// duplicate names, so a name finds at most one member.
    /// </summary>
    public sealed class JsonObject : JsonValue
    {
        private readonly ArrayList _members = new ArrayList();

        /// <inheritdoc />
        public override JsonValueKind Kind
        {
            get { return JsonValueKind.Object; }
        }

        /// <summary>Number of members.</summary>
        public int Count
        {
            get { return _members.Count; }
        }

        /// <summary>The member at <paramref name="index"/>, in document order.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The member.</returns>
        public JsonMember MemberAt(int index)
        {
            return (JsonMember)_members[index];
        }

        /// <summary>The value of the member called <paramref name="name"/> (exact, case-sensitive).</summary>
        /// <param name="name">Member name.</param>
        /// <returns>The value, or null when there is no such member (a JSON null is <see cref="JsonLiteral.Null"/>).</returns>
        public JsonValue Get(string name)
        {
            int index = IndexOf(name);
            return index < 0 ? null : ((JsonMember)_members[index]).Value;
        }

        /// <summary>True when a member called <paramref name="name"/> exists.</summary>
        /// <param name="name">Member name.</param>
        /// <returns>Whether it exists.</returns>
        public bool Has(string name)
        {
            return IndexOf(name) >= 0;
        }

        /// <summary>
        /// The string value of member <paramref name="name"/>, or null when the member is absent
        /// or is not a string (use <see cref="Get"/> to tell those apart).
        /// </summary>
        /// <param name="name">Member name.</param>
        /// <returns>The string, or null.</returns>
        public string GetStringOrNull(string name)
        {
            JsonString value = Get(name) as JsonString;
            return value == null ? null : value.Value;
        }

        /// <summary>Appends a member; used by <see cref="JsonReader"/>, which checks for duplicates first.</summary>
        /// <param name="name">Member name.</param>
        /// <param name="value">Member value.</param>
        internal void Add(string name, JsonValue value)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            _members.Add(new JsonMember(name, value));
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _members.Count; i++)
            {
                if (((JsonMember)_members[i]).Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
