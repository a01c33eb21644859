using System;
using System.Text;

namespace DeviceFirmware.Net
{
    /// <summary>
    /// Builds an application/x-www-form-urlencoded body: name=value pairs in the order added,
    /// joined with '&amp;', each side encoded by <see cref="FormUrlEncoder"/>. The body usually
    /// carries secrets, so <see cref="ToString"/> describes it and <see cref="Build"/> returns it.
    /// </summary>
    public sealed class FormBody
    {
        /// <summary>The media type of such a body, as sent in Content-Type.</summary>
        public const string ContentType = "application/x-www-form-urlencoded";

        private readonly StringBuilder _builder = new StringBuilder();
        private int _fieldCount;

        /// <summary>Number of fields added.</summary>
        public int FieldCount
        {
            get { return _fieldCount; }
        }

        /// <summary>Appends a field.</summary>
        /// <param name="name">Field name.</param>
        /// <param name="value">Field value (may be empty, not null).</param>
        /// <returns>This builder.</returns>
        public FormBody Add(string name, string value)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("form field name is empty", "name");
            }

            if (value == null)
            {
                throw new ArgumentNullException("value", "form field " + name + " has no value");
            }

            if (_fieldCount > 0)
            {
                _builder.Append('&');
            }

            FormUrlEncoder.AppendEncoded(_builder, name);
            _builder.Append('=');
            FormUrlEncoder.AppendEncoded(_builder, value);
            _fieldCount++;
            return this;
        }

        /// <summary>The encoded body.</summary>
        /// <returns>For example "grant_type=refresh_token&amp;refresh_token=Atzr%7C...".</returns>
        public string Build()
        {
            return _builder.ToString();
        }

        /// <summary>Describes the body without its content.</summary>
        /// <returns>Field count and length.</returns>
        public override string ToString()
        {
            return "form body (" + _fieldCount + " fields, " + _builder.Length + " chars)";
        }
    }
}
