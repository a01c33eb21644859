using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Codec;
using DeviceFirmware.Crypto;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>
    /// The device API's authentication (docs/device-api.md, Authentication): the canonical request
    /// <c>METHOD \n PATH \n TIMESTAMP \n NONCE \n BODYHASH</c>, its HMAC-SHA256 with the device key, Unix-second
    /// timestamps and 16-byte base64url nonces.
    /// </summary>
    public sealed class RequestSigner
    {
        /// <summary>Random bytes of a nonce (22 base64url characters).</summary>
        public const int NonceBytes = 16;

        // 1970-01-01T00:00:00Z in ticks.
        private const long UnixEpochTicks = 621355968000000000L;

        private readonly DeviceKey _key;
        private readonly IRandomSource _random;

        /// <summary>Creates the signer.</summary>
        /// <param name="key">The device key.</param>
        /// <param name="random">Source of the nonces.</param>
        public RequestSigner(DeviceKey key, IRandomSource random)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            _key = key;
            _random = random;
        }

        /// <summary>A new nonce: 16 random bytes in base64url (22 characters).</summary>
        /// <returns>The nonce.</returns>
        public string NewNonce()
        {
            byte[] bytes = new byte[NonceBytes];
            _random.NextBytes(bytes);
            return Base64Url.Encode(bytes);
        }

        /// <summary>The X-Timestamp value of a time: Unix seconds, decimal digits.</summary>
        /// <param name="utc">The time (UTC).</param>
        /// <returns>The digits.</returns>
        public static string Timestamp(DateTime utc)
        {
            long seconds = (utc.Ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond;
            return (seconds < 0 ? 0 : seconds).ToString();
        }

        /// <summary>The canonical request text (no trailing line feed).</summary>
        /// <param name="method">Upper-case method.</param>
        /// <param name="path">The path as sent, without query.</param>
        /// <param name="timestamp">The X-Timestamp value.</param>
        /// <param name="nonce">The X-Nonce value.</param>
        /// <param name="body">The body bytes as sent.</param>
        /// <returns>The text that is signed.</returns>
        public static string CanonicalRequest(string method, string path, string timestamp, string nonce, byte[] body)
        {
            return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + LowerHex.Encode(Sha256.Hash(body));
        }

        /// <summary>The X-Signature value of a request.</summary>
        /// <param name="method">Upper-case method.</param>
        /// <param name="path">The path as sent, without query.</param>
        /// <param name="timestamp">The X-Timestamp value.</param>
        /// <param name="nonce">The X-Nonce value.</param>
        /// <param name="body">The body bytes as sent.</param>
        /// <returns>64 lowercase hex digits.</returns>
        public string Sign(string method, string path, string timestamp, string nonce, byte[] body)
        {
            // ASCII: the path is printable ASCII (nf.config checks cloud.url), the rest digits, base64url and hex.
            byte[] canonical = AsciiText.GetBytes(CanonicalRequest(method, path, timestamp, nonce, body));
            return LowerHex.Encode(_key.Sign(canonical));
        }

        /// <summary>The path part of a base URL (what a request path is appended to): "" for <c>https://host</c>, "/maker" for <c>https://host/maker</c>.</summary>
        /// <param name="baseUrl">An absolute URL without trailing '/', query or fragment (cloud.url as nf.config checked it).</param>
        /// <returns>The path prefix.</returns>
        public static string PathPrefixOf(string baseUrl)
        {
            int scheme = baseUrl.IndexOf("://");
            int slash = scheme < 0 ? -1 : baseUrl.IndexOf('/', scheme + 3);
            return slash < 0 ? string.Empty : baseUrl.Substring(slash);
        }
    }
}
