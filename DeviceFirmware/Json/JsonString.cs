namespace DeviceFirmware.Json
{
    /// <summary>A JSON string, escapes decoded.</summary>
    public sealed class JsonString : JsonValue
    {
        private readonly string _value;

        /// <summary>Creates a string value.</summary>
        /// <param name="value">The decoded text.</param>
        public JsonString(string value)
        {
            _value = value;
        }

        /// <inheritdoc />
        public override JsonValueKind Kind
        {
            get { return JsonValueKind.String; }
        }

        /// <summary>The decoded text (unpaired surrogates from \u escapes are kept as they are).</summary>
        public string Value
        {
            get { return _value; }
        }
    }
}
