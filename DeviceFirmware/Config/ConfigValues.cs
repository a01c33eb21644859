using System;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// The values of a <see cref="ConfigDocument"/> checked against a schema (an array of
    /// <see cref="ConfigKey"/>): every section and key of the file must be declared, every
    /// value must fit its declaration, every required key must be set; unset optional keys
    /// take their defaults.
    /// </summary>
    public sealed class ConfigValues
    {
        private readonly ConfigKey[] _keys;
        private readonly object[] _values;
        private readonly int[] _lineNumbers;

        private ConfigValues(ConfigKey[] keys)
        {
            _keys = keys;
            _values = new object[keys.Length];
            _lineNumbers = new int[keys.Length];
        }

        /// <summary>Checks a document against a schema.</summary>
        /// <param name="document">The parsed file.</param>
        /// <param name="schema">Every key the file may contain.</param>
        /// <returns>The checked values, defaults filled in.</returns>
        /// <exception cref="ConfigException">The first problem, in file order; then the first missing required key.</exception>
        public static ConfigValues Read(ConfigDocument document, ConfigKey[] schema)
        {
            if (document == null)
            {
                throw new ArgumentNullException("document");
            }

            if (schema == null)
            {
                throw new ArgumentNullException("schema");
            }

            ConfigValues values = new ConfigValues(schema);
            int s = 0;
            int e = 0;
            while (s < document.SectionCount || e < document.EntryCount)
            {
                bool sectionFirst = e >= document.EntryCount
                    || (s < document.SectionCount && document.SectionAt(s).LineNumber < document.EntryAt(e).LineNumber);
                if (sectionFirst)
                {
                    values.CheckSection(document.SectionAt(s++));
                }
                else
                {
                    values.Set(document.EntryAt(e++));
                }
            }

            values.ApplyDefaults();
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
                if (_keys[i].Section == entry.Section && _keys[i].Name == entry.Key)
                {
                    _values[i] = _keys[i].Convert(entry.Value, entry.LineNumber);
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

                if (_keys[i].IsRequired)
                {
                    throw new ConfigException(0, _keys[i].QualifiedName, "required key is missing: add " + _keys[i].Name + " = ... under [" + _keys[i].Section + "]");
                }

                _values[i] = _keys[i].Convert(_keys[i].DefaultValue, 0);
            }
        }

        private int IndexOf(ConfigKey key)
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == key)
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

            return listed;
        }

        private string ListKeys(string section)
        {
            string listed = string.Empty;
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i].Section == section)
                {
                    listed = listed.Length == 0 ? _keys[i].Name : listed + " " + _keys[i].Name;
                }
            }

            return listed;
        }
    }
}
