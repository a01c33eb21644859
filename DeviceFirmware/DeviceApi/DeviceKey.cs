using System;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>
    /// The unit's own 32-byte key for the device API's request signatures (docs/device-api.md, Authentication).
    /// File format: 64 lowercase hex digits, optionally followed by one line feed. A secret: neither the key nor
    /// any part of the file ever goes into a log, an exception or a message; <see cref="Fingerprint"/> names it.
    /// </summary>
    public sealed class DeviceKey
    {
        /// <summary>Bytes of the key.</summary>
        public const int KeyBytes = 32;

        /// <summary>Hex digits of the key in the file.</summary>
        public const int HexDigits = KeyBytes * 2;

        /// <summary>Characters of <see cref="Fingerprint"/>.</summary>
        public const int FingerprintLength = 8;

        private readonly byte[] _key;
        private readonly string _fingerprint;

        private DeviceKey(byte[] key)
        {
            _key = key;
            byte[] hash = Sha256.Hash(key);
            _fingerprint = Base64Url.Encode(hash).Substring(0, FingerprintLength);
        }

        /// <summary>A short public name of the key for logs (first 8 base64url characters of its SHA-256): tells two keys apart, reveals nothing of them.</summary>
        public string Fingerprint
        {
            get { return _fingerprint; }
        }

        /// <summary>Reads the key from the file's bytes and wipes them.</summary>
        /// <param name="file">The file's content: 64 lowercase hex digits, optionally one line feed.</param>
        /// <returns>The key.</returns>
        /// <exception cref="DeviceKeyException">Anything else; the message quotes nothing of the file.</exception>
        public static DeviceKey Parse(byte[] file)
        {
            if (file == null)
            {
                throw new ArgumentNullException("file");
            }

            try
            {
                int length = file.Length;
                if (length == HexDigits + 1 && file[HexDigits] == (byte)'\n')
                {
                    length = HexDigits;
                }

                if (length != HexDigits)
                {
                    throw new DeviceKeyException(file.Length + " bytes: expected " + HexDigits + " lowercase hex digits, optionally followed by one line feed (LF, not CR LF)");
                }

                char[] digits = new char[HexDigits];
                for (int i = 0; i < HexDigits; i++)
                {
                    digits[i] = (char)file[i];
                }

                byte[] key = LowerHex.Decode(digits, 0, HexDigits);
                Array.Clear(digits, 0, digits.Length);
                if (key == null)
                {
                    throw new DeviceKeyException("not " + HexDigits + " lowercase hex digits (0-9 a-f; upper case, blanks and other characters are refused)");
                }

                return new DeviceKey(key);
            }
            finally
            {
                Array.Clear(file, 0, file.Length);
            }
        }

        /// <summary>HMAC-SHA256 of a message with this key.</summary>
        /// <param name="message">The message (the device API's canonical request).</param>
        /// <returns>32 bytes.</returns>
        public byte[] Sign(byte[] message)
        {
            return HmacSha256.Compute(_key, message);
        }

        /// <summary>Names the key by its fingerprint only.</summary>
        /// <returns>"device key fp XXXXXXXX".</returns>
        public override string ToString()
        {
            return "device key fp " + _fingerprint;
        }
    }
}
