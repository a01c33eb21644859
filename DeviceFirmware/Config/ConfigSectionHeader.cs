namespace DeviceFirmware.Config
{
    /// <summary>One <c>[section]</c> line of nf.config.</summary>
    public sealed class ConfigSectionHeader
    {
        private readonly int _lineNumber;
        private readonly string _name;

        /// <summary>Creates a section header.</summary>
        /// <param name="lineNumber">1-based line number.</param>
        /// <param name="name">Section name, without brackets.</param>
        public ConfigSectionHeader(int lineNumber, string name)
        {
            _lineNumber = lineNumber;
            _name = name;
        }

        /// <summary>1-based line number.</summary>
        public int LineNumber
        {
            get { return _lineNumber; }
        }

        /// <summary>Section name, without brackets (e.g. "device", "slot.coffee").</summary>
        public string Name
        {
            get { return _name; }
        }
    }
}
