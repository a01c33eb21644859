namespace DeviceFirmware.Storage
{
    /// <summary>
    /// What the token vault keeps on flash: the LWA refresh token and the client ID and token
    /// endpoint it was issued for (a refresh must send the same client_id to the same endpoint).
    /// Immutable; every field is checked on construction. The access token is not part of it:
    /// see <see cref="TokenVault"/>.
    /// </summary>
    public sealed class TokenRecord
    {
        /// <summary>Longest refresh token kept; LWA documents refresh tokens of up to 2048 bytes.</summary>
        public const int MaxRefreshTokenLength = 2048;

        /// <summary>Longest client ID kept (LWA client IDs are about 60 characters).</summary>
        public const int MaxClientIdLength = 256;

        /// <summary>Longest token endpoint URL kept.</summary>
        public const int MaxTokenEndpointLength = 256;

        /// <summary>Creates a record; throws, naming the field but never showing its value, when a field is unfit.</summary>
        /// <param name="refreshToken">The refresh token: 1 to 2048 printable ASCII characters.</param>
        /// <param name="clientId">The LWA client ID it belongs to: 1 to 256 printable ASCII characters.</param>
        /// <param name="tokenEndpoint">The LWA token endpoint URL it is refreshed at: 1 to 256 printable ASCII characters.</param>
        /// <exception cref="System.ArgumentNullException">A field is null.</exception>
        /// <exception cref="System.ArgumentException">A field is empty, too long or holds a character outside printable ASCII.</exception>
        public TokenRecord(string refreshToken, string clientId, string tokenEndpoint)
        {
            VisibleAscii.Check(refreshToken, "refreshToken", MaxRefreshTokenLength);
            VisibleAscii.Check(clientId, "clientId", MaxClientIdLength);
            VisibleAscii.Check(tokenEndpoint, "tokenEndpoint", MaxTokenEndpointLength);
            RefreshToken = refreshToken;
            ClientId = clientId;
            TokenEndpoint = tokenEndpoint;
        }

        /// <summary>The refresh token. A secret: never log it.</summary>
        public string RefreshToken { get; private set; }

        /// <summary>The LWA client ID the refresh token was issued to.</summary>
        public string ClientId { get; private set; }

        /// <summary>The LWA token endpoint URL the refresh token is redeemed at.</summary>
        public string TokenEndpoint { get; private set; }

        /// <summary>True when every field of <paramref name="other"/> equals this record's.</summary>
        /// <param name="other">Another record, or null.</param>
        /// <returns>Whether both records hold the same values.</returns>
        public bool SameAs(TokenRecord other)
        {
            return other != null
                && other.RefreshToken == RefreshToken
                && other.ClientId == ClientId
                && other.TokenEndpoint == TokenEndpoint;
        }

        /// <summary>True when this record was issued for <paramref name="clientId"/> at <paramref name="tokenEndpoint"/>.</summary>
        /// <param name="clientId">The client ID the device is configured with.</param>
        /// <param name="tokenEndpoint">The token endpoint the device is configured with.</param>
        /// <returns>Whether the stored refresh token can be used with them.</returns>
        public bool BelongsTo(string clientId, string tokenEndpoint)
        {
            return clientId == ClientId && tokenEndpoint == TokenEndpoint;
        }

        /// <summary>The same client and endpoint with another refresh token, for a refresh response that rotated it.</summary>
        /// <param name="refreshToken">The new refresh token.</param>
        /// <returns>The new record.</returns>
        public TokenRecord WithRefreshToken(string refreshToken)
        {
            return new TokenRecord(refreshToken, ClientId, TokenEndpoint);
        }
    }
}
