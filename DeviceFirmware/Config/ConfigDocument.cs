using System;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// nf.config split into its section headers and <c>key = value</c> entries, in file order,
    /// with the syntax checked but not the meaning: any well-formed section or key is kept.
    /// <see cref="ConfigValues"/> then checks it against a schema.
    /// </summary>
    public sealed class ConfigDocument
    {
        /// <summary>Largest accepted file: 8192 bytes of UTF-8 text, byte order mark included.</summary>
        public const int MaxBytes = 8192;

        /// <summary>Longest accepted line, in characters, line ending excluded.</summary>
        public const int MaxLineLength = 256;

        private readonly ConfigSectionHeader[] _sections;
        private readonly ConfigEntry[] _entries;

        internal ConfigDocument(ConfigSectionHeader[] sections, ConfigEntry[] entries)
        {
            _sections = sections;
            _entries = entries;
        }

        /// <summary>Number of section headers.</summary>
        public int SectionCount
        {
            get { return _sections.Length; }
        }

        /// <summary>Number of entries.</summary>
        public int EntryCount
        {
            get { return _entries.Length; }
        }

        /// <summary>Parses the text of nf.config (syntax only).</summary>
        /// <param name="text">The whole file, decoded from UTF-8; a leading byte order mark is skipped.</param>
        /// <returns>The document.</returns>
        /// <exception cref="ConfigException">The first syntax error, or the file or a line is too long.</exception>
        public static ConfigDocument Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            return new ConfigDocumentParser().Parse(text);
        }

        /// <summary>The section header at a position in file order.</summary>
        /// <param name="index">0 to <see cref="SectionCount"/> - 1.</param>
        /// <returns>The header.</returns>
        public ConfigSectionHeader SectionAt(int index)
        {
            return _sections[index];
        }

        /// <summary>The entry at a position in file order.</summary>
        /// <param name="index">0 to <see cref="EntryCount"/> - 1.</param>
        /// <returns>The entry.</returns>
        public ConfigEntry EntryAt(int index)
        {
            return _entries[index];
        }

        /// <summary>Finds the entry of a key.</summary>
        /// <param name="section">Section name.</param>
        /// <param name="key">Key within the section.</param>
        /// <returns>The entry, or null when the file does not set that key.</returns>
        public ConfigEntry Find(string section, string key)
        {
            for (int i = 0; i < _entries.Length; i++)
            {
                if (_entries[i].Section == section && _entries[i].Key == key)
                {
                    return _entries[i];
                }
            }

            return null;
        }
    }
}
