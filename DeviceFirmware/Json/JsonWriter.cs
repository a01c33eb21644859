using System;
using System.Text;

namespace DeviceFirmware.Json
{
    /// <summary>
    /// A tiny JSON writer for request bodies (DRS slot and device status): objects, possibly
    /// nested, with string, integer, fixed-precision decimal, boolean and null members, written
    /// compactly in call order. Strings are escaped per RFC 8259 section 7. Misuse (a member
    /// outside an object, an unclosed object) throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public sealed class JsonWriter
    {
        /// <summary>Most fraction digits <see cref="WriteNumber(string, double, int)"/> writes.</summary>
        public const int MaxFractionDigits = 9;

        /// <summary>Deepest object nesting the writer supports.</summary>
        public const int MaxDepth = 16;

        // Largest scaled magnitude written exactly (below 2^53).
        private const double MaxScaled = 9007199254740991.0;

        private const string HexDigits = "0123456789ABCDEF";

        private readonly StringBuilder _builder = new StringBuilder();
        private readonly bool[] _hasMember = new bool[MaxDepth + 1];
        private int _depth;
        private bool _done;

        /// <summary>Starts the top-level object.</summary>
        public void BeginObject()
        {
            if (_depth != 0 || _done)
            {
                throw new InvalidOperationException("JSON writer: the top-level object was already started");
            }

            _builder.Append('{');
            _depth = 1;
            _hasMember[1] = false;
        }

        /// <summary>Starts an object member called <paramref name="name"/>; close it with <see cref="EndObject"/>.</summary>
        /// <param name="name">Member name.</param>
        public void BeginObject(string name)
        {
            if (_depth >= MaxDepth)
            {
                throw new InvalidOperationException("JSON writer: nesting deeper than " + MaxDepth);
            }

            WriteName(name);
            _builder.Append('{');
            _depth++;
            _hasMember[_depth] = false;
        }

        /// <summary>Closes the innermost open object.</summary>
        public void EndObject()
        {
            RequireOpenObject();
            _builder.Append('}');
            _depth--;
            if (_depth == 0)
            {
                _done = true;
            }
        }

        /// <summary>Writes a string member.</summary>
        /// <param name="name">Member name.</param>
        /// <param name="value">The text (escaped as needed); null writes a JSON null.</param>
        public void WriteString(string name, string value)
        {
            WriteName(name);
            if (value == null)
            {
                _builder.Append("null");
            }
            else
            {
                AppendQuoted(_builder, value);
            }
        }

        /// <summary>Writes an integer member.</summary>
        /// <param name="name">Member name.</param>
        /// <param name="value">The value.</param>
        public void WriteNumber(string name, long value)
        {
            WriteName(name);
            AppendInteger(value);
        }

        /// <summary>
        /// Writes a decimal member rounded (half away from zero) to at most
        /// <paramref name="fractionDigits"/> fraction digits, trailing zeros dropped: 2.50 with 3
        /// digits is written 2.5, 3.0 is written 3. The digits are produced here, not by the
        /// runtime's formatter, so device and host write the same text.
        /// </summary>
        /// <param name="name">Member name.</param>
        /// <param name="value">The value; NaN and infinities are refused (JSON has no such numbers).</param>
        /// <param name="fractionDigits">0 to <see cref="MaxFractionDigits"/>.</param>
        public void WriteNumber(string name, double value, int fractionDigits)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentException("JSON has no NaN or infinity", "value");
            }

            if (fractionDigits < 0 || fractionDigits > MaxFractionDigits)
            {
                throw new ArgumentOutOfRangeException("fractionDigits", "fraction digits must be 0.." + MaxFractionDigits);
            }

            long scale = 1;
            for (int i = 0; i < fractionDigits; i++)
            {
                scale *= 10;
            }

            double scaled = value * scale;
            if (scaled > MaxScaled || scaled < -MaxScaled)
            {
                throw new ArgumentOutOfRangeException("value", "number too large to write with " + fractionDigits + " fraction digits");
            }

            long rounded = (long)(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
            WriteName(name);
            if (rounded < 0)
            {
                _builder.Append('-');
                rounded = -rounded;
            }

            AppendInteger(rounded / scale);
            long fraction = rounded % scale;
            if (fraction == 0)
            {
                return;
            }

            char[] digits = new char[fractionDigits];
            for (int i = fractionDigits - 1; i >= 0; i--)
            {
                digits[i] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            int length = fractionDigits;
            while (digits[length - 1] == '0')
            {
                length--;
            }

            _builder.Append('.');
            _builder.Append(digits, 0, length);
        }

        /// <summary>Writes a boolean member.</summary>
        /// <param name="name">Member name.</param>
        /// <param name="value">The value.</param>
        public void WriteBool(string name, bool value)
        {
            WriteName(name);
            _builder.Append(value ? "true" : "false");
        }

        /// <summary>Writes a null member.</summary>
        /// <param name="name">Member name.</param>
        public void WriteNull(string name)
        {
            WriteName(name);
            _builder.Append("null");
        }

        /// <summary>The finished document.</summary>
        /// <returns>Compact JSON text.</returns>
        /// <exception cref="InvalidOperationException">The top-level object is missing or still open.</exception>
        public override string ToString()
        {
            if (!_done)
            {
                throw new InvalidOperationException("JSON writer: " + (_depth == 0 ? "nothing written yet" : _depth + " object(s) still open"));
            }

            return _builder.ToString();
        }

        /// <summary>
        /// Appends <paramref name="value"/> as a JSON string: quotes, backslash and control
        /// characters escaped (short forms where RFC 8259 has them, \u00XX otherwise); everything
        /// else, non-ASCII and characters outside the BMP included, as is. U+0000 never reaches
        /// this on the device (a nanoFramework string ends there, so the text is already cut
        /// before it): nothing is checked for it; on the host it is written \u0000 like any
        /// control character, which <see cref="JsonReader"/> then refuses as the device would.
        /// </summary>
        /// <param name="builder">Where to append.</param>
        /// <param name="value">The text.</param>
        public static void AppendQuoted(StringBuilder builder, string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            builder.Append('"');

            // Characters needing no escape go in as runs (Append of a substring): appending value[i]
            // one by one would double the high surrogate of a character outside the BMP on the device.
            int runStart = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= ' ' && c != '"' && c != '\\')
                {
                    continue;
                }

                if (i > runStart)
                {
                    builder.Append(value, runStart, i - runStart);
                }

                runStart = i + 1;
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\b':
                        builder.Append("\\b");
                        break;
                    case '\f':
                        builder.Append("\\f");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    default:
                        builder.Append("\\u00");
                        builder.Append(HexDigits[c >> 4]);
                        builder.Append(HexDigits[c & 0x0F]);
                        break;
                }
            }

            if (value.Length > runStart)
            {
                builder.Append(value, runStart, value.Length - runStart);
            }

            builder.Append('"');
        }

        // Digits written here, not by long.ToString(), which follows the current culture on .NET.
        private void AppendInteger(long value)
        {
            if (value < 0)
            {
                _builder.Append('-');
            }

            // Work on the negative magnitude so that long.MinValue has one.
            long rest = value < 0 ? value : -value;
            char[] digits = new char[20];
            int start = digits.Length;
            do
            {
                digits[--start] = (char)('0' - (int)(rest % 10));
                rest /= 10;
            }
            while (rest != 0);

            _builder.Append(digits, start, digits.Length - start);
        }

        private void WriteName(string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            RequireOpenObject();
            if (_hasMember[_depth])
            {
                _builder.Append(',');
            }

            _hasMember[_depth] = true;
            AppendQuoted(_builder, name);
            _builder.Append(':');
        }

        private void RequireOpenObject()
        {
            if (_depth == 0)
            {
                throw new InvalidOperationException(_done ? "JSON writer: the document is already complete" : "JSON writer: call BeginObject() first");
            }
        }
    }
}
