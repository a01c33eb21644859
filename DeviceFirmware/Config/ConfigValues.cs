using System;
using System.Collections;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// The values of a <see cref="ConfigDocument"/> checked against a schema (an array of
    /// <see cref="ConfigKey"/>, plus any repeatable <see cref="ConfigSectionFamily"/>): every section
    /// and key of the file must be declared, every value must fit its declaration, every required
    /// key must be set; unset optional keys take their defaults. Each section of a family becomes a
    /// <see cref="ConfigSectionInstance"/> with values of its own, checked the same way.
    /// </summary>
    public sealed class ConfigValues
    {
        private static readonly ConfigSectionFamily[] NoFamilies = new ConfigSectionFamily[0];

        private readonly ConfigKey[] _keys;
        private readonly object[] _values;
        private readonly int[] _lineNumbers;

        // The instance section ("slot.coffee") these values belong to; null for the plain sections.
        private readonly string _instanceSection;
        private readonly ConfigSectionFamily[] _families;
        private readonly ArrayList _instances = new ArrayList();

        private ConfigValues(ConfigKey[] keys, string instanceSection, ConfigSectionFamily[] families)
        {
            _keys = keys;
            _values = new object[keys.Length];
            _lineNumbers = new int[keys.Length];
            _instanceSection = instanceSection;
            _families = families;
        }

        /// <summary>Checks a document against a schema without repeatable sections.</summary>
        /// <param name="document">The parsed file.</param>
        /// <param name="schema">Every key the file may contain.</param>
        /// <returns>The checked values, defaults filled in.</returns>
        /// <exception cref="ConfigException">The first problem, in file order; then the first missing required key.</exception>
        public static ConfigValues Read(ConfigDocument document, ConfigKey[] schema)
        {
            return Read(document, schema, NoFamilies);
        }

        /// <summary>Checks a document against a schema and its repeatable section families.</summary>
        /// <param name="document">The parsed file.</param>
        /// <param name="schema">Every key of the plain sections.</param>
        /// <param name="families">The repeatable sections (e.g. [slot.&lt;name&gt;]).</param>
        /// <returns>The checked values, defaults filled in; instances via <see cref="InstancesOf"/>.</returns>
        /// <exception cref="ConfigException">
        /// The first problem, in file order; then the first missing required key of the plain
        /// sections, then of each instance in file order.
        /// </exception>
        public static ConfigValues Read(ConfigDocument document, ConfigKey[] schema, ConfigSectionFamily[] families)
        {
            if (document == null)
            {
                throw new ArgumentNullException("document");
            }

            if (schema == null)
            {
                throw new ArgumentNullException("schema");
            }

            if (families == null)
            {
                throw new ArgumentNullException("families");
            }

            ConfigValues values = new ConfigValues(schema, null, families);
            int s = 0;
            int e = 0;
            while (s < document.SectionCount || e < document.EntryCount)
            {
                bool sectionFirst = e >= document.EntryCount
                    || (s < document.SectionCount && document.SectionAt(s).LineNumber < document.EntryAt(e).LineNumber);
                if (sectionFirst)
                {
                    values.OpenSection(document.SectionAt(s++));
                }
                else
                {
                    values.Route(document.EntryAt(e++));
                }
            }

            values.ApplyDefaults();
            for (int i = 0; i < values._instances.Count; i++)
            {
                ((ConfigSectionInstance)values._instances[i]).Values.ApplyDefaults();
            }

            return values;
        }

        /// <summary>The value of a text key (identifier, choice or URL).</summary>
        /// <param name="key">A key of the schema.</param>
        /// <returns>The value from the file, or the default.</returns>
        public string GetText(ConfigKey key)
        {
            return (string)_values[IndexOf(key)];
        }

        /// <summary>The value of an integer key.</summary>
        /// <param name="key">A key of the schema.</param>
        /// <returns>The value from the file, or the default.</returns>
        public int GetInteger(ConfigKey key)
        {
            return (int)_values[IndexOf(key)];
        }

        /// <summary>The line that set a key, for errors found after reading.</summary>
        /// <param name="key">A key of the schema.</param>
        /// <returns>1-based line, or 0 when the default applies.</returns>
        public int LineNumberOf(ConfigKey key)
        {
            return _lineNumbers[IndexOf(key)];
        }

        /// <summary>The sections of a family, in file order.</summary>
        /// <param name="family">One of the families the values were read with.</param>
        /// <returns>A new array (empty when the file has none).</returns>
        public ConfigSectionInstance[] InstancesOf(ConfigSectionFamily family)
        {
            if (family == null)
            {
                throw new ArgumentNullException("family");
            }

            ArrayList found = new ArrayList();
            for (int i = 0; i < _instances.Count; i++)
            {
                ConfigSectionInstance instance = (ConfigSectionInstance)_instances[i];
                if (instance.Family.Name == family.Name)
                {
                    found.Add(instance);
                }
            }

            return (ConfigSectionInstance[])found.ToArray(typeof(ConfigSectionInstance));
        }

        private ConfigSectionFamily FamilyOf(string section)
        {
            for (int i = 0; i < _families.Length; i++)
            {
                if (_families[i].Contains(section))
                {
                    return _families[i];
                }
            }

            return null;
        }

        private void OpenSection(ConfigSectionHeader header)
        {
            ConfigSectionFamily family = FamilyOf(header.Name);
            if (family == null)
            {
                CheckSection(header);
                return;
            }

            string name = family.InstanceName(header.Name, header.LineNumber);
            if (InstancesOf(family).Length >= family.MaxInstances)
            {
                throw new ConfigException(header.LineNumber, null, "section [" + header.Name + "]: too many " + family.Pattern + " sections: at most " + family.MaxInstances);
            }

            _instances.Add(new ConfigSectionInstance(family, name, header.LineNumber, new ConfigValues(family.Keys, header.Name, NoFamilies)));
        }

        private void Route(ConfigEntry entry)
        {
            for (int i = 0; i < _instances.Count; i++)
            {
                ConfigSectionInstance instance = (ConfigSectionInstance)_instances[i];
                if (instance.SectionName == entry.Section)
                {
                    instance.Values.Set(entry);
                    return;
                }
            }

            Set(entry);
        }

        private void CheckSection(ConfigSectionHeader header)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i].Section == header.Name)
                {
                    return;
                }
            }

            throw new ConfigException(header.LineNumber, null, "unknown section [" + header.Name + "]: known sections are " + ListSections());
        }

        private void Set(ConfigEntry entry)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                bool sameSection = _instanceSection != null || _keys[i].Section == entry.Section;
                if (sameSection && _keys[i].Name == entry.Key)
                {
                    _values[i] = _keys[i].Convert(entry.Value, entry.LineNumber, entry.QualifiedKey);
                    _lineNumbers[i] = entry.LineNumber;
                    return;
                }
            }

            throw new ConfigException(entry.LineNumber, entry.QualifiedKey, "unknown key: [" + entry.Section + "] has " + ListKeys(entry.Section));
        }

        private void ApplyDefaults()
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_lineNumbers[i] != 0)
                {
                    continue;
                }

                string section = _instanceSection != null ? _instanceSection : _keys[i].Section;
                string qualifiedName = section + "." + _keys[i].Name;
                if (_keys[i].IsRequired)
                {
                    throw new ConfigException(0, qualifiedName, "required key is missing: add " + _keys[i].Name + " = ... under [" + section + "]");
                }

                // NoDefault: left null, for a check that depends on other keys (cloud.url needs device.flow = web-app).
                _values[i] = _keys[i].DefaultValue.Length == 0 ? null : _keys[i].Convert(_keys[i].DefaultValue, 0, qualifiedName);
            }
        }

        private int IndexOf(ConfigKey key)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                // By section and name: the schema builds a new declaration object on each use (FirmwareConfigSchema).
                if (key != null && _keys[i].Section == key.Section && _keys[i].Name == key.Name)
                {
                    return i;
                }
            }

            throw new ArgumentException("key " + (key == null ? "null" : key.QualifiedName) + " is not in this schema", "key");
        }

        private string ListSections()
        {
            string listed = string.Empty;
            for (int i = 0; i < _keys.Length; i++)
            {
                bool seen = false;
                for (int j = 0; j < i && !seen; j++)
                {
                    seen = _keys[j].Section == _keys[i].Section;
                }

                if (!seen)
                {
                    listed = listed.Length == 0 ? "[" + _keys[i].Section + "]" : listed + " [" + _keys[i].Section + "]";
                }
            }

            for (int i = 0; i < _families.Length; i++)
            {
                listed = listed.Length == 0 ? _families[i].Pattern : listed + " " + _families[i].Pattern;
            }

            return listed;
        }

        private string ListKeys(string section)
        {
            string listed = string.Empty;
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_instanceSection != null || _keys[i].Section == section)
                {
                    listed = listed.Length == 0 ? _keys[i].Name : listed + " " + _keys[i].Name;
                }
            }

            return listed;
        }
    }
}
