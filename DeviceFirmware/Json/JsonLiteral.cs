namespace DeviceFirmware.Json
{
    /// <summary>The literals true, false and null; one shared instance each.</summary>
    public sealed class JsonLiteral : JsonValue
    {
        /// <summary>The literal true.</summary>
        public static readonly JsonLiteral True = new JsonLiteral(JsonValueKind.True);

        /// <summary>The literal false.</summary>
        public static readonly JsonLiteral False = new JsonLiteral(JsonValueKind.False);

        /// <summary>The literal null.</summary>
        public static readonly JsonLiteral Null = new JsonLiteral(JsonValueKind.Null);

        private readonly JsonValueKind _kind;

        private JsonLiteral(JsonValueKind kind)
        {
            _kind = kind;
        }

        /// <inheritdoc />
        public override JsonValueKind Kind
        {
            get { return _kind; }
        }
    }
}
