namespace DeviceFirmware.Json
{
    /// <summary>One name/value member of a <see cref="JsonObject"/>.</summary>
    public sealed class JsonMember
    {
        private readonly string _name;
        private readonly JsonValue _value;

        /// <summary>Creates a member.</summary>
        /// <param name="name">Member name, escapes already decoded.</param>
        /// <param name="value">Member value.</param>
        public JsonMember(string name, JsonValue value)
        {
            _name = name;
            _value = value;
        }

        /// <summary>Member name, escapes decoded.</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>Member value.</summary>
        public JsonValue Value
        {
            get { return _value; }
        }
    }
}
