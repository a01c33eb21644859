using System;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// Declaration of a repeatable section: every section named <c>name.instance</c> (e.g.
    /// <c>[slot.coffee]</c>, <c>[slot.tea]</c>) is one instance with the same keys. The keys are
    /// declared like any other <see cref="ConfigKey"/>, with the family name as their section;
    /// <see cref="ConfigValues.Read(ConfigDocument, ConfigKey[], ConfigSectionFamily[])"/> checks each
    /// instance against them and errors name the instance's keys ("slot.coffee.low_percent").
    /// </summary>
    public sealed class ConfigSectionFamily
    {
        /// <summary>Longest instance name (the part after the family name and '.').</summary>
        public const int MaxInstanceNameLength = 16;

        private readonly string _name;
        private readonly int _maxInstances;
        private readonly ConfigKey[] _keys;

        /// <summary>Declares a family.</summary>
        /// <param name="name">Family name, e.g. "slot": a-z 0-9 _ without '.'.</param>
        /// <param name="maxInstances">Most instances a file may have (1 or more).</param>
        /// <param name="keys">The keys of every instance, each declared with <paramref name="name"/> as its section.</param>
        public ConfigSectionFamily(string name, int maxInstances, ConfigKey[] keys)
        {
            if (name == null || !ConfigText.IsName(name) || name.IndexOf('.') >= 0)
            {
                throw new ArgumentException("family name must be a-z 0-9 _ without '.'", "name");
            }

            if (maxInstances < 1)
            {
                throw new ArgumentOutOfRangeException("maxInstances", "a family allows at least one instance");
            }

            if (keys == null || keys.Length == 0)
            {
                throw new ArgumentException("a family declares at least one key", "keys");
            }

            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] == null || keys[i].Section != name)
                {
                    throw new ArgumentException("key " + i + " of family " + name + " must be declared with section " + name, "keys");
                }
            }

            _name = name;
            _maxInstances = maxInstances;
            _keys = new ConfigKey[keys.Length];
            Array.Copy(keys, _keys, keys.Length);
        }

        /// <summary>Family name, e.g. "slot".</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>Most instances a file may have.</summary>
        public int MaxInstances
        {
            get { return _maxInstances; }
        }

        /// <summary>How the family is written in messages: "[slot.&lt;name&gt;]".</summary>
        public string Pattern
        {
            get { return "[" + _name + ".<name>]"; }
        }

        /// <summary>How many keys every instance has.</summary>
        public int KeyCount
        {
            get { return _keys.Length; }
        }

        /// <summary>The keys of every instance.</summary>
        internal ConfigKey[] Keys
        {
            get { return _keys; }
        }

        /// <summary>Key <paramref name="index"/> of every instance (0 .. <see cref="KeyCount"/> - 1).</summary>
        /// <param name="index">Which key.</param>
        /// <returns>The declaration.</returns>
        public ConfigKey KeyAt(int index)
        {
            return _keys[index];
        }

        /// <summary>True when a section belongs to the family: its name is the family name, or starts with it and '.'.</summary>
        /// <param name="sectionName">A section name.</param>
        /// <returns>Whether it does (it may still be a malformed instance name).</returns>
        public bool Contains(string sectionName)
        {
            if (sectionName == null || sectionName.Length < _name.Length)
            {
                return false;
            }

            for (int i = 0; i < _name.Length; i++)
            {
                if (sectionName[i] != _name[i])
                {
                    return false;
                }
            }

            return sectionName.Length == _name.Length || sectionName[_name.Length] == '.';
        }

        /// <summary>The instance name of a section of the family.</summary>
        /// <param name="sectionName">A section for which <see cref="Contains"/> is true.</param>
        /// <param name="lineNumber">Its header's line, for the error.</param>
        /// <returns>The part after "name.".</returns>
        /// <exception cref="ConfigException">The instance name is missing, too long or has a character outside a-z 0-9 _.</exception>
        internal string InstanceName(string sectionName, int lineNumber)
        {
            string instance = sectionName.Length > _name.Length + 1 ? sectionName.Substring(_name.Length + 1) : string.Empty;
            bool ok = instance.Length > 0 && instance.Length <= MaxInstanceNameLength && instance.IndexOf('.') < 0;
            if (!ok)
            {
                throw new ConfigException(lineNumber, null, "section [" + sectionName + "]: write " + Pattern + " with a name of 1.." + MaxInstanceNameLength + " characters of a-z 0-9 _");
            }

            return instance;
        }
    }
}
