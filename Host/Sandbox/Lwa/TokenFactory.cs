using System;
using System.Security.Cryptography;

namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>
    /// Random authorization codes and tokens in LWA's shapes. Tokens start Atza| (access) or Atzr|
    /// (refresh) and always contain '|', '+' and '/': a client that forgets to URL-encode a form value
    /// ('+' decodes to a space) fails every time, not by chance.
    /// </summary>
    internal sealed class TokenFactory
    {
        private const string CodeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

        private readonly int _randomBytes;

        public TokenFactory(int randomBytes)
        {
            _randomBytes = randomBytes;
        }

        /// <summary>An authorization code: 20 letters, like LWA's.</summary>
        public string NewCode()
        {
            char[] code = new char[20];
            for (int i = 0; i < code.Length; i++)
            {
                code[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }

            return new string(code);
        }

        /// <summary>An access token: Atza|IwE+/ then base64 of the random bytes.</summary>
        public string NewAccessToken() => "Atza|IwE+/" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(_randomBytes));

        /// <summary>A refresh token: Atzr|IwE+/ then base64 of the random bytes.</summary>
        public string NewRefreshToken() => "Atzr|IwE+/" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(_randomBytes));

        /// <summary>A DRS event instance ID, shaped like the documented amzn1.dash.v2.o. ones.</summary>
        public static string NewEventInstanceId() => "amzn1.dash.v2.o.ci." + Guid.NewGuid().ToString("D");
    }
}
