namespace DeviceFirmware.Config
{
    /// <summary>One section of a repeatable family, e.g. [slot.coffee], with its checked values.</summary>
    public sealed class ConfigSectionInstance
    {
        private readonly ConfigSectionFamily _family;
        private readonly string _name;
        private readonly int _lineNumber;
        private readonly ConfigValues _values;

        internal ConfigSectionInstance(ConfigSectionFamily family, string name, int lineNumber, ConfigValues values)
        {
            _family = family;
            _name = name;
            _lineNumber = lineNumber;
            _values = values;
        }

        /// <summary>The family it belongs to.</summary>
        public ConfigSectionFamily Family
        {
            get { return _family; }
        }

        /// <summary>The instance name, e.g. "coffee".</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>The whole section name, e.g. "slot.coffee".</summary>
        public string SectionName
        {
            get { return _family.Name + "." + _name; }
        }

        /// <summary>Line of the section header.</summary>
        public int LineNumber
        {
            get { return _lineNumber; }
        }

        /// <summary>The values, looked up with the family's keys (defaults applied).</summary>
        public ConfigValues Values
        {
            get { return _values; }
        }

        /// <summary>How errors name a key of this instance.</summary>
        /// <param name="key">A key of the family.</param>
        /// <returns>For example "slot.coffee.low_percent".</returns>
        public string QualifiedName(ConfigKey key)
        {
            return SectionName + "." + key.Name;
        }
    }
}
