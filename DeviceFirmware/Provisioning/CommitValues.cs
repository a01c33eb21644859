using System;
using System.Text;
using DeviceFirmware.Codec;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Copies of the five values taken when a commit is accepted, for the work that follows.
    /// <see cref="Wipe"/> clears the bytes (the strings handed to ports cannot be wiped).
    /// </summary>
    public sealed class CommitValues
    {
        private byte[] _ssid;
        private byte[] _password;
        private byte[] _code;
        private byte[] _redirectUri;
        private byte[] _clientId;

        /// <summary>Takes ownership of the copies.</summary>
        /// <param name="ssid">SSID bytes (UTF-8).</param>
        /// <param name="password">Password bytes (ASCII).</param>
        /// <param name="code">Authorization code bytes (ASCII).</param>
        /// <param name="redirectUri">Redirect URI bytes (ASCII).</param>
        /// <param name="clientId">Client ID bytes (ASCII).</param>
        public CommitValues(byte[] ssid, byte[] password, byte[] code, byte[] redirectUri, byte[] clientId)
        {
            _ssid = ssid;
            _password = password;
            _code = code;
            _redirectUri = redirectUri;
            _clientId = clientId;
        }

        /// <summary>The SSID.</summary>
        public string Ssid
        {
            get { return Encoding.UTF8.GetString(Require(_ssid), 0, _ssid.Length); }
        }

        /// <summary>The Wi-Fi password. A secret.</summary>
        public string Password
        {
            get { return AsciiText.GetString(Require(_password)); }
        }

        /// <summary>The authorization code. A secret.</summary>
        public string Code
        {
            get { return AsciiText.GetString(Require(_code)); }
        }

        /// <summary>The redirect URI.</summary>
        public string RedirectUri
        {
            get { return AsciiText.GetString(Require(_redirectUri)); }
        }

        /// <summary>The client ID.</summary>
        public string ClientId
        {
            get { return AsciiText.GetString(Require(_clientId)); }
        }

        /// <summary>Clears every byte; later reads throw.</summary>
        public void Wipe()
        {
            _ssid = Clear(_ssid);
            _password = Clear(_password);
            _code = Clear(_code);
            _redirectUri = Clear(_redirectUri);
            _clientId = Clear(_clientId);
        }

        private static byte[] Require(byte[] value)
        {
            if (value == null)
            {
                throw new InvalidOperationException("commit values were wiped");
            }

            return value;
        }

        private static byte[] Clear(byte[] value)
        {
            if (value != null)
            {
                Array.Clear(value, 0, value.Length);
            }

            return null;
        }
    }
}
