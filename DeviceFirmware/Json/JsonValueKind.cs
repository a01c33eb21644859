namespace DeviceFirmware.Json
{
    /// <summary>The kinds of JSON value (RFC 8259 section 3).</summary>
    public enum JsonValueKind
    {
        /// <summary>An object: ordered name/value members.</summary>
        Object,

        /// <summary>An array of values.</summary>
        Array,

        /// <summary>A string.</summary>
        String,

        /// <summary>A number, kept as its text.</summary>
        Number,

        /// <summary>The literal true.</summary>
        True,

        /// <summary>The literal false.</summary>
        False,

        /// <summary>The literal null.</summary>
        Null,
    }
}
