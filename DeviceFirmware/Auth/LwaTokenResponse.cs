namespace DeviceFirmware.Auth
{
    /// <summary>
    /// A successful LWA token response (RFC 6749 section 5.1), checked by
    /// <see cref="LwaTokenResponseParser"/>. <see cref="ToString"/> shows fingerprints only.
    /// </summary>
    public sealed class LwaTokenResponse
    {
        private readonly string _accessToken;
        private readonly string _refreshToken;
        private readonly long _expiresInSeconds;
        private readonly string _tokenType;

        /// <summary>Creates a response from checked values.</summary>
        /// <param name="accessToken">The access token ("Atza|..."), not empty.</param>
        /// <param name="refreshToken">The refresh token ("Atzr|..."), or null when the response had none.</param>
        /// <param name="expiresInSeconds">Lifetime of the access token in seconds, positive.</param>
        /// <param name="tokenType">The token type as sent ("bearer" in any case).</param>
        public LwaTokenResponse(string accessToken, string refreshToken, long expiresInSeconds, string tokenType)
        {
            _accessToken = accessToken;
            _refreshToken = refreshToken;
            _expiresInSeconds = expiresInSeconds;
            _tokenType = tokenType;
        }

        /// <summary>The access token, for the Authorization header of DRS calls and nothing else.</summary>
        public string AccessToken
        {
            get { return _accessToken; }
        }

        /// <summary>The refresh token, or null when the response carried none (a refresh keeps the stored one).</summary>
        public string RefreshToken
        {
            get { return _refreshToken; }
        }

        /// <summary>Lifetime of the access token in seconds from when the request was sent.</summary>
        public long ExpiresInSeconds
        {
            get { return _expiresInSeconds; }
        }

        /// <summary>The token type as LWA sent it ("bearer", any case).</summary>
        public string TokenType
        {
            get { return _tokenType; }
        }

        /// <summary>Fingerprints and lifetime, never a token.</summary>
        /// <returns>A description for logs.</returns>
        public override string ToString()
        {
            return "LWA tokens (access fp " + TokenFingerprint.Of(_accessToken) + ", refresh "
                + (_refreshToken == null ? "absent" : "fp " + TokenFingerprint.Of(_refreshToken))
                + ", expires in " + _expiresInSeconds + " s)";
        }
    }
}
