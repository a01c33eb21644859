namespace DeviceFirmware.Json
{
    /// <summary>
    /// A parsed JSON value. The subclasses are <see cref="JsonObject"/>, <see cref="JsonArray"/>,
    /// <see cref="JsonString"/>, <see cref="JsonNumber"/> and <see cref="JsonLiteral"/>.
    /// <see cref="object.ToString"/> describes the kind only, never the content, because a
    /// value may hold a token.
    /// </summary>
    public abstract class JsonValue
    {
        /// <summary>What kind of value this is.</summary>
        public abstract JsonValueKind Kind { get; }

        /// <summary>Names the kind of value without its content (it may be a secret).</summary>
        /// <returns>For example "JSON string".</returns>
        public override string ToString()
        {
            return "JSON " + KindName(Kind);
        }

        /// <summary>The lower-case name of a kind, for error messages ("object", "string"...).</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>Its name.</returns>
        public static string KindName(JsonValueKind kind)
        {
            switch (kind)
            {
                case JsonValueKind.Object:
                    return "object";
                case JsonValueKind.Array:
                    return "array";
                case JsonValueKind.String:
                    return "string";
                case JsonValueKind.Number:
                    return "number";
                case JsonValueKind.True:
                    return "true";
                case JsonValueKind.False:
                    return "false";
                default:
                    return "null";
            }
        }
    }
}
