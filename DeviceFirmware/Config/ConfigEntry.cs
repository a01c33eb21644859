namespace DeviceFirmware.Config
{
    /// <summary>One <c>key = value</c> line of nf.config, as written (value trimmed, not yet checked).</summary>
    public sealed class ConfigEntry
    {
        private readonly int _lineNumber;
        private readonly string _section;
        private readonly string _key;
        private readonly string _value;

        /// <summary>Creates an entry.</summary>
        /// <param name="lineNumber">1-based line number.</param>
        /// <param name="section">Name of the section the line is in.</param>
        /// <param name="key">The key.</param>
        /// <param name="value">The value, blanks around it removed.</param>
        public ConfigEntry(int lineNumber, string section, string key, string value)
        {
            _lineNumber = lineNumber;
            _section = section;
            _key = key;
            _value = value;
        }

        /// <summary>1-based line number.</summary>
        public int LineNumber
        {
            get { return _lineNumber; }
        }

        /// <summary>Name of the section the line is in.</summary>
        public string Section
        {
            get { return _section; }
        }

        /// <summary>The key, without its section.</summary>
        public string Key
        {
            get { return _key; }
        }

        /// <summary>The value, blanks around it removed; never empty.</summary>
        public string Value
        {
            get { return _value; }
        }

        /// <summary>"section.key", as error messages name it.</summary>
        public string QualifiedKey
        {
            get { return _section + "." + _key; }
        }
    }
}
