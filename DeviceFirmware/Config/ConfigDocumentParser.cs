using System.Collections;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// The line parser behind <see cref="ConfigDocument.Parse"/>: one instance per parse.
    /// Lines end with LF or CRLF; blank lines and full-line comments ('#' or ';' first) are
    /// skipped; there are no inline comments, so a value may contain '#'.
    /// </summary>
    internal sealed class ConfigDocumentParser
    {
        private readonly ArrayList _sections = new ArrayList();
        private readonly ArrayList _entries = new ArrayList();
        private string _currentSection;

        /// <summary>Parses the whole text.</summary>
        internal ConfigDocument Parse(string text)
        {
            int bytes = ConfigText.Utf8Length(text);
            if (bytes > ConfigDocument.MaxBytes)
            {
                throw new ConfigException(0, null, "file is " + bytes + " bytes: at most " + ConfigDocument.MaxBytes + " allowed");
            }

            int start = text.Length > 0 && text[0] == ConfigText.ByteOrderMark ? 1 : 0;
            int lineNumber = 0;
            while (start <= text.Length)
            {
                int newline = ConfigText.IndexOf(text, '\n', start);
                int end = newline < 0 ? text.Length : newline;
                if (end > start && text[end - 1] == '\r')
                {
                    end--;
                }

                lineNumber++;
                ParseLine(lineNumber, ConfigText.Slice(text, start, end));
                if (newline < 0)
                {
                    break;
                }

                start = newline + 1;
            }

            return new ConfigDocument(
                (ConfigSectionHeader[])_sections.ToArray(typeof(ConfigSectionHeader)),
                (ConfigEntry[])_entries.ToArray(typeof(ConfigEntry)));
        }

        private void ParseLine(int lineNumber, string raw)
        {
            if (raw.Length > ConfigDocument.MaxLineLength)
            {
                throw new ConfigException(lineNumber, null, "line is " + raw.Length + " characters long: at most " + ConfigDocument.MaxLineLength + " allowed");
            }

            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if ((c < ' ' && c != '\t') || c == (char)0x7F)
                {
                    throw new ConfigException(lineNumber, null, "control character (code " + (int)c + ") at column " + (i + 1) + ": only tab is allowed");
                }
            }

            string line = ConfigText.TrimBlanks(raw);
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                return;
            }

            if (line[0] == '[')
            {
                ParseSectionHeader(lineNumber, line);
            }
            else
            {
                ParseEntry(lineNumber, line);
            }
        }

        private void ParseSectionHeader(int lineNumber, string line)
        {
            if (line[line.Length - 1] != ']')
            {
                throw new ConfigException(lineNumber, null, "section header does not end with ']' (comments go on their own line)");
            }

            string name = ConfigText.TrimBlanks(ConfigText.Slice(line, 1, line.Length - 1));
            if (name.Length == 0)
            {
                throw new ConfigException(lineNumber, null, "section header [] has no name");
            }

            if (!ConfigText.IsName(name))
            {
                throw new ConfigException(lineNumber, null, "section name " + ConfigText.Quote(name) + " has a character outside lower-case a-z 0-9 _ .");
            }

            for (int i = 0; i < _sections.Count; i++)
            {
                ConfigSectionHeader earlier = (ConfigSectionHeader)_sections[i];
                if (earlier.Name == name)
                {
                    throw new ConfigException(lineNumber, null, "duplicate section [" + name + "]: already opened at line " + earlier.LineNumber);
                }
            }

            _sections.Add(new ConfigSectionHeader(lineNumber, name));
            _currentSection = name;
        }

        private void ParseEntry(int lineNumber, string line)
        {
            int equals = ConfigText.IndexOf(line, '=', 0);
            if (equals < 0)
            {
                throw new ConfigException(lineNumber, null, "line has no '=': expected key = value or a [section] header");
            }

            string key = ConfigText.TrimBlanks(ConfigText.Slice(line, 0, equals));
            if (key.Length == 0)
            {
                throw new ConfigException(lineNumber, null, "line has no key before '='");
            }

            string qualifiedKey = _currentSection == null ? key : _currentSection + "." + key;
            if (!ConfigText.IsName(key))
            {
                throw new ConfigException(lineNumber, null, "key " + ConfigText.Quote(key) + " has a character outside lower-case a-z 0-9 _ .");
            }

            if (_currentSection == null)
            {
                throw new ConfigException(lineNumber, key, "key comes before any [section] header");
            }

            string value = ConfigText.TrimBlanks(ConfigText.Slice(line, equals + 1, line.Length));
            if (value.Length == 0)
            {
                throw new ConfigException(lineNumber, qualifiedKey, "empty value: write a value or remove the line");
            }

            for (int i = 0; i < _entries.Count; i++)
            {
                ConfigEntry earlier = (ConfigEntry)_entries[i];
                if (earlier.Section == _currentSection && earlier.Key == key)
                {
                    throw new ConfigException(lineNumber, qualifiedKey, "duplicate key: already set at line " + earlier.LineNumber);
                }
            }

            _entries.Add(new ConfigEntry(lineNumber, _currentSection, key, value));
        }
    }
}
