using DeviceFirmware.Storage;

namespace DeviceFirmware.Tests.Storage.Support
{
    /// <summary>Synthetic LWA-shaped tokens and records of chosen sizes (never real credentials).</summary>
    public static class SampleTokens
    {
        /// <summary>The public LWA token endpoint.</summary>
        public const string Endpoint = "https://api.amazon.com/auth/o2/token";

        /// <summary>A client ID shaped like LWA's (61 characters).</summary>
        public const string ClientId = "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef";

        private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        /// <summary>A refresh token of <paramref name="length"/> characters: "Atzr|" and seeded base64url characters.</summary>
        public static string Refresh(int length, uint seed)
        {
            return Token("Atzr|", length, seed);
        }

        /// <summary>An access token of <paramref name="length"/> characters: "Atza|" and seeded base64url characters.</summary>
        public static string Access(int length, uint seed)
        {
            return Token("Atza|", length, seed);
        }

        /// <summary>A text of <paramref name="length"/> seeded printable characters (for client IDs and URLs at their limits).</summary>
        public static string Text(int length, uint seed)
        {
            return Token(string.Empty, length, seed);
        }

        /// <summary>A record with a refresh token of <paramref name="refreshLength"/> characters, the LWA-shaped client ID and endpoint.</summary>
        public static TokenRecord Typical(int refreshLength, uint seed)
        {
            return new TokenRecord(Refresh(refreshLength, seed), ClientId, Endpoint);
        }

        /// <summary>A record with every field at its limit: the largest record the vault writes.</summary>
        public static TokenRecord Largest(uint seed)
        {
            return new TokenRecord(
                Refresh(TokenRecord.MaxRefreshTokenLength, seed),
                Text(TokenRecord.MaxClientIdLength, seed + 1),
                "https://" + Text(TokenRecord.MaxTokenEndpointLength - 8, seed + 2));
        }

        /// <summary>A small record (short fields), so an exhaustive power-cut sweep stays quick on nanoCLR.</summary>
        public static TokenRecord Small(int refreshLength, uint seed)
        {
            return new TokenRecord(Refresh(refreshLength, seed), "cid-" + Text(4, seed), "http://lwa/t");
        }

        private static string Token(string prefix, int length, uint seed)
        {
            SeededBytes random = new SeededBytes(seed);
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = i < prefix.Length ? prefix[i] : TokenAlphabet[random.Next(TokenAlphabet.Length)];
            }

            return new string(chars);
        }
    }
}
