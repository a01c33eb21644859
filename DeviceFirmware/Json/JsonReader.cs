using System;
using System.Text;

namespace DeviceFirmware.Json
{
    /// <summary>
    /// A small, strict JSON reader (RFC 8259) for the short documents LWA and DRS send. It takes
    /// UTF-16 text (the HTTP adapters decode UTF-8) and returns a tree of <see cref="JsonValue"/>.
    /// Strict means: no trailing commas, no single quotes, no comments, no leading zeros, no
    /// raw control characters in strings, no duplicate member names, nothing after the value.
    /// A nanoFramework string ends at U+0000 and cannot hold an unpaired surrogate, so the
    /// escapes \u0000 and an unpaired \uD800-\uDFFF are refused (on both runtimes, so the host
    /// tests see what the device does); an escaped pair such as \uD83D\uDE00 decodes to its
    /// one character. The text is read from one char array (string.ToCharArray): in nanoCLR a
    /// string is UTF-8 inside, so string[i] costs time in proportion to i (a quadratic parse)
    /// and answers the high surrogate for both halves of a character outside the BMP, and every
    /// Substring decodes the whole string again; the array has neither problem. Limits on
    /// length and nesting keep a hostile or broken server from exhausting the device's heap or
    /// stack. Errors are <see cref="JsonException"/>s that name a position, never the input.
    /// </summary>
    public sealed class JsonReader
    {
        /// <summary>Default deepest nesting of objects and arrays (a token response has depth 1).</summary>
        public const int DefaultMaxDepth = 16;

        /// <summary>Default longest input in characters (two 2048-byte tokens fit easily).</summary>
        public const int DefaultMaxLength = 16384;

        private readonly char[] _text;
        private readonly int _maxDepth;
        private int _position;
        private int _depth;

        private JsonReader(string text, int maxDepth)
        {
            _text = text.ToCharArray();
            _maxDepth = maxDepth;
        }

        /// <summary>Parses a JSON document with the default limits.</summary>
        /// <param name="text">The document.</param>
        /// <returns>Its top-level value.</returns>
        /// <exception cref="JsonException">The text is not acceptable JSON.</exception>
        public static JsonValue Parse(string text)
        {
            return Parse(text, DefaultMaxDepth, DefaultMaxLength);
        }

        /// <summary>Parses a JSON document.</summary>
        /// <param name="text">The document.</param>
        /// <param name="maxDepth">Deepest nesting of objects and arrays allowed (at least 1).</param>
        /// <param name="maxLength">Longest input allowed, in characters.</param>
        /// <returns>Its top-level value.</returns>
        /// <exception cref="JsonException">The text is not acceptable JSON.</exception>
        public static JsonValue Parse(string text, int maxDepth, int maxLength)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            if (maxDepth < 1)
            {
                throw new ArgumentOutOfRangeException("maxDepth", "maximum depth must be at least 1");
            }

            if (maxLength < 0)
            {
                throw new ArgumentOutOfRangeException("maxLength", "maximum length must not be negative");
            }

            if (text.Length > maxLength)
            {
                throw new JsonException(maxLength, "input of " + text.Length + " characters is longer than the limit of " + maxLength);
            }

            JsonReader reader = new JsonReader(text, maxDepth);
            reader.SkipWhitespace();
            if (reader.AtEnd)
            {
                throw new JsonException(reader._position, "no JSON value (empty or only white space)");
            }

            JsonValue value = reader.ReadValue();
            reader.SkipWhitespace();
            if (!reader.AtEnd)
            {
                throw new JsonException(reader._position, "unexpected text after the JSON value");
            }

            return value;
        }

        private bool AtEnd
        {
            get { return _position >= _text.Length; }
        }

        private JsonValue ReadValue()
        {
            if (AtEnd)
            {
                throw new JsonException(_position, "unexpected end of input where a value was expected");
            }

            char c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadObject();
                case '[':
                    return ReadArray();
                case '"':
                    return new JsonString(ReadString());
                case 't':
                    ExpectLiteral("true");
                    return JsonLiteral.True;
                case 'f':
                    ExpectLiteral("false");
                    return JsonLiteral.False;
                case 'n':
                    ExpectLiteral("null");
                    return JsonLiteral.Null;
                case '\'':
                    throw new JsonException(_position, "single quote: JSON strings use double quotes");
                case '/':
                    throw new JsonException(_position, "comments are not JSON");
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw new JsonException(_position, "unexpected character where a value was expected");
            }
        }

        private JsonObject ReadObject()
        {
            Enter();
            JsonObject result = new JsonObject();
            _position++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                _depth--;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                char c = Peek();
                if (c != '"')
                {
                    if (c == '}')
                    {
                        throw new JsonException(_position, "trailing comma before '}'");
                    }

                    if (c == '\'')
                    {
                        throw new JsonException(_position, "single quote: JSON member names use double quotes");
                    }

                    throw new JsonException(_position, AtEnd ? "unexpected end of input inside an object" : "expected a member name in double quotes");
                }

                int namePosition = _position;
                string name = ReadString();
                if (result.Has(name))
                {
                    throw new JsonException(namePosition, "duplicate member name");
                }

                SkipWhitespace();
                if (Peek() != ':')
                {
                    throw new JsonException(_position, "expected ':' after a member name");
                }

                _position++;
                SkipWhitespace();
                result.Add(name, ReadValue());
                SkipWhitespace();
                c = Peek();
                if (c == ',')
                {
                    _position++;
                    continue;
                }

                if (c == '}')
                {
                    _position++;
                    _depth--;
                    return result;
                }

                throw new JsonException(_position, AtEnd ? "unexpected end of input inside an object" : "expected ',' or '}' after a member");
            }
        }

        private JsonArray ReadArray()
        {
            Enter();
            JsonArray result = new JsonArray();
            _position++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                _depth--;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']')
                {
                    throw new JsonException(_position, "trailing comma before ']'");
                }

                result.Add(ReadValue());
                SkipWhitespace();
                char c = Peek();
                if (c == ',')
                {
                    _position++;
                    continue;
                }

                if (c == ']')
                {
                    _position++;
                    _depth--;
                    return result;
                }

                throw new JsonException(_position, AtEnd ? "unexpected end of input inside an array" : "expected ',' or ']' after an element");
            }
        }

        private void Enter()
        {
            _depth++;
            if (_depth > _maxDepth)
            {
                throw new JsonException(_position, "nesting deeper than the limit of " + _maxDepth);
            }
        }

        // Reads a string starting at the opening quote; leaves the position after the closing one.
        private string ReadString()
        {
            int start = _position + 1;
            int i = start;

            // Fast path: no escapes, one new string.
            while (i < _text.Length)
            {
                char c = _text[i];
                if (c == '"')
                {
                    _position = i + 1;
                    return new string(_text, start, i - start);
                }

                if (c == '\\')
                {
                    break;
                }

                if (c < ' ')
                {
                    throw new JsonException(i, "control character in a string (must be escaped)");
                }

                i++;
            }

            if (i >= _text.Length)
            {
                throw new JsonException(_position, "unterminated string");
            }

            StringBuilder builder = new StringBuilder();

            // Unescaped text goes in as runs of the array, like the fast path.
            int runStart = start;
            while (i < _text.Length)
            {
                char c = _text[i];
                if (c == '"')
                {
                    AppendRun(builder, runStart, i);
                    _position = i + 1;
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw new JsonException(i, "control character in a string (must be escaped)");
                }

                if (c != '\\')
                {
                    i++;
                    continue;
                }

                AppendRun(builder, runStart, i);
                if (i + 1 >= _text.Length)
                {
                    break;
                }

                char escape = _text[i + 1];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        builder.Append(escape);
                        break;
                    case 'b':
                        builder.Append('\b');
                        break;
                    case 'f':
                        builder.Append('\f');
                        break;
                    case 'n':
                        builder.Append('\n');
                        break;
                    case 'r':
                        builder.Append('\r');
                        break;
                    case 't':
                        builder.Append('\t');
                        break;
                    case 'u':
                        // Returns the length of the escape(s) beyond the first two characters.
                        i += AppendUnicodeEscape(builder, i);
                        break;
                    default:
                        throw new JsonException(i, "invalid escape sequence in a string");
                }

                i += 2;
                runStart = i;
            }

            throw new JsonException(_position, "unterminated string");
        }

        // Appends _text[from, to) in one piece (nothing when empty).
        private void AppendRun(StringBuilder builder, int from, int to)
        {
            if (to > from)
            {
                builder.Append(_text, from, to - from);
            }
        }

        // Appends the character of the \u escape at 'backslash' (with the low-surrogate escape that
        // must follow a high one) and returns how many characters past "\u" it took: 4 or 10.
        private int AppendUnicodeEscape(StringBuilder builder, int backslash)
        {
            int code = ReadUnicodeEscape(backslash);
            if (code == 0)
            {
                // A nanoFramework string ends at U+0000: the value would be cut there without a word.
                throw new JsonException(backslash, "escape \\u0000: U+0000 is not supported on the device (its strings end there)");
            }

            if (code >= 0xDC00 && code <= 0xDFFF)
            {
                throw new JsonException(backslash, "low surrogate escape without a high one before it: unpaired surrogates are not supported on the device");
            }

            if (code < 0xD800 || code > 0xDBFF)
            {
                builder.Append((char)code);
                return 4;
            }

            int next = backslash + 6;
            int low = -1;
            if (next + 1 < _text.Length && _text[next] == '\\' && _text[next + 1] == 'u')
            {
                low = ReadUnicodeEscape(next);
            }

            if (low < 0xDC00 || low > 0xDFFF)
            {
                throw new JsonException(backslash, "high surrogate escape not followed by a low surrogate escape: unpaired surrogates are not supported on the device");
            }

            // Both halves through the builder: its ToString makes the one 4-byte UTF-8 character.
            builder.Append((char)code);
            builder.Append((char)low);
            return 10;
        }

        // Reads the four hex digits of the \u escape starting at 'backslash'.
        private int ReadUnicodeEscape(int backslash)
        {
            if (backslash + 6 > _text.Length)
            {
                throw new JsonException(backslash, "unterminated \\u escape");
            }

            int code = 0;
            for (int k = backslash + 2; k < backslash + 6; k++)
            {
                int digit = HexValue(_text[k]);
                if (digit < 0)
                {
                    throw new JsonException(k, "\\u escape needs four hex digits");
                }

                code = (code << 4) | digit;
            }

            return code;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        // RFC 8259 section 6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        private JsonNumber ReadNumber()
        {
            int start = _position;
            int i = _position;
            if (_text[i] == '-')
            {
                i++;
            }

            if (i >= _text.Length || !IsDigit(_text[i]))
            {
                throw new JsonException(i, "expected a digit in a number");
            }

            if (_text[i] == '0')
            {
                i++;
                if (i < _text.Length && IsDigit(_text[i]))
                {
                    throw new JsonException(i - 1, "leading zero in a number");
                }
            }
            else
            {
                i = SkipDigits(i);
            }

            if (i < _text.Length && _text[i] == '.')
            {
                i++;
                if (i >= _text.Length || !IsDigit(_text[i]))
                {
                    throw new JsonException(i, "expected a digit after the decimal point");
                }

                i = SkipDigits(i);
            }

            if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
            {
                i++;
                if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
                {
                    i++;
                }

                if (i >= _text.Length || !IsDigit(_text[i]))
                {
                    throw new JsonException(i, "expected a digit in the exponent");
                }

                i = SkipDigits(i);
            }

            _position = i;
            return new JsonNumber(new string(_text, start, i - start));
        }

        private int SkipDigits(int i)
        {
            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        private void ExpectLiteral(string literal)
        {
            for (int k = 0; k < literal.Length; k++)
            {
                if (_position + k >= _text.Length || _text[_position + k] != literal[k])
                {
                    throw new JsonException(_position, "invalid literal (expected true, false or null)");
                }
            }

            _position += literal.Length;
        }

        private char Peek()
        {
            return AtEnd ? '\0' : _text[_position];
        }

        // RFC 8259 section 2: space, horizontal tab, line feed, carriage return; nothing else.
        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _position++;
            }
        }
    }
}
