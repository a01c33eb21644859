using System.IO;
using DeviceFirmware.Config;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>An nf.config that holds the given text, is absent (null text) or fails to read.</summary>
    public sealed class FakeConfigFile : IConfigFile
    {
        private readonly string _text;
        private readonly bool _unreadable;

        /// <summary>A file with <paramref name="text"/>; null means no file.</summary>
        public FakeConfigFile(string text, bool unreadable = false)
        {
            _text = text;
            _unreadable = unreadable;
        }

        /// <inheritdoc />
        public string Location
        {
            get { return "I:\\nf.config"; }
        }

        /// <inheritdoc />
        public string ReadText()
        {
            if (_unreadable)
            {
                throw new IOException("flash read error");
            }

            return _text;
        }
    }
}
