using System;
using System.Collections;

namespace DeviceFirmware.Net
{
    /// <summary>
    /// Header fields in the order they were added. Names are checked against RFC 9110's token
    /// rule and values for CR, LF and other control characters, so that no value (a token from
    /// a server, say) can inject a header line. Lookups ignore ASCII case, as HTTP does.
    /// </summary>
    public sealed class HttpHeaderList
    {
        private readonly ArrayList _headers = new ArrayList();

        /// <summary>Number of fields.</summary>
        public int Count
        {
            get { return _headers.Count; }
        }

        /// <summary>The field at <paramref name="index"/>, in the order added.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The field.</returns>
        public HttpHeader this[int index]
        {
            get { return (HttpHeader)_headers[index]; }
        }

        /// <summary>Adds a field after checking it.</summary>
        /// <param name="name">Field name: an RFC 9110 token.</param>
        /// <param name="value">Field value: visible ASCII, spaces and tabs only.</param>
        /// <exception cref="ArgumentException">The name or value is not allowed (the value is never quoted).</exception>
        public void Add(string name, string value)
        {
            CheckName(name);
            CheckValue(name, value);
            _headers.Add(new HttpHeader(name, value));
        }

        /// <summary>The value of the first field called <paramref name="name"/> (ASCII case ignored).</summary>
        /// <param name="name">Field name.</param>
        /// <returns>The value, or null when there is no such field.</returns>
        public string Get(string name)
        {
            for (int i = 0; i < _headers.Count; i++)
            {
                HttpHeader header = (HttpHeader)_headers[i];
                if (SameName(header.Name, name))
                {
                    return header.Value;
                }
            }

            return null;
        }

        /// <summary>Compares two field names ignoring ASCII case.</summary>
        /// <param name="a">A name.</param>
        /// <param name="b">Another name.</param>
        /// <returns>Whether they name the same field.</returns>
        public static bool SameName(string a, string b)
        {
            return OrdinalText.EqualsIgnoreAsciiCase(a, b);
        }

        private static void CheckName(string name)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("header name is empty", "name");
            }

            for (int i = 0; i < name.Length; i++)
            {
                if (!IsTokenChar(name[i]))
                {
                    throw new ArgumentException("header name has a character outside RFC 9110's token set at position " + i, "name");
                }
            }
        }

        private static void CheckValue(string name, string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value", "header " + name + " has no value");
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if ((c < ' ' && c != '\t') || c > '~')
                {
                    throw new ArgumentException("header " + name + ": value has a control or non-ASCII character at position " + i, "value");
                }
            }
        }

        // RFC 9110 section 5.6.2: tchar.
        private static bool IsTokenChar(char c)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                return true;
            }

            return "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
        }
    }
}
