namespace DeviceFirmware.Net
{
    /// <summary>One header field: a name and a value, as sent or received.</summary>
    public sealed class HttpHeader
    {
        private readonly string _name;
        private readonly string _value;

        /// <summary>Creates a header field (checked by the request or response that holds it).</summary>
        /// <param name="name">Field name.</param>
        /// <param name="value">Field value.</param>
        public HttpHeader(string name, string value)
        {
            _name = name;
            _value = value;
        }

        /// <summary>Field name, as given.</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>Field value, as given (it may be a secret, e.g. Authorization).</summary>
        public string Value
        {
            get { return _value; }
        }

        /// <summary>The name only: a value may be a bearer token.</summary>
        /// <returns>"header Name".</returns>
        public override string ToString()
        {
            return "header " + _name;
        }
    }
}
