using System.IO;
using DeviceFirmware.DeviceApi;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A device key file with given content, missing (null) or unreadable.</summary>
    public sealed class FakeDeviceKeyFile : IDeviceKeyFile
    {
        /// <summary>A test key: the bytes 0x00..0x1f.</summary>
        public const string TestKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

        private readonly string _text;
        private readonly bool _unreadable;

        /// <summary>A file holding the text (ASCII), or no file when null.</summary>
        /// <param name="text">The content, or null.</param>
        /// <param name="unreadable">True to throw an IOException on reading.</param>
        public FakeDeviceKeyFile(string text, bool unreadable = false)
        {
            _text = text;
            _unreadable = unreadable;
        }

        /// <summary>Bytes of the last read, for checking that the reader wiped them.</summary>
        public byte[] LastRead { get; private set; }

        /// <inheritdoc />
        public string Location
        {
            get { return "I:\\device.key"; }
        }

        /// <inheritdoc />
        public byte[] ReadBytes()
        {
            if (_unreadable)
            {
                throw new IOException("flash read error");
            }

            LastRead = _text == null ? null : Hex.Ascii(_text);
            return LastRead;
        }
    }
}
