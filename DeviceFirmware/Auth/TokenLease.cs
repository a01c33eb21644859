using System;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// The access token for one DRS call, from <see cref="AccessTokenKeeper.BeginCall"/>. If DRS
    /// answers 400 {"message":"Invalid token"}, <see cref="OnInvalidToken"/> gets a fresh token
    /// once; a second rejection within the same call throws <see cref="TokenProblem.Rejected"/>.
    /// Being per call, the limit cannot turn into a loop. <see cref="ToString"/> shows a fingerprint.
    /// </summary>
    public sealed class TokenLease
    {
        private readonly AccessTokenKeeper _keeper;
        private string _accessToken;
        private bool _renewed;
        private bool _fresh;

        /// <summary>Creates a lease; only the keeper does.</summary>
        /// <param name="keeper">The keeper to renew through.</param>
        /// <param name="accessToken">The token for this call.</param>
        /// <param name="fresh">True when LWA issued the token for this very call (a refresh just ran).</param>
        internal TokenLease(AccessTokenKeeper keeper, string accessToken, bool fresh)
        {
            _keeper = keeper;
            _accessToken = accessToken;
            _fresh = fresh;
        }

        /// <summary>The access token, for "Authorization: Bearer ..." and nothing else.</summary>
        public string AccessToken
        {
            get { return _accessToken; }
        }

        /// <summary>
        /// True when LWA has just issued <see cref="AccessToken"/> (refreshed for this call, or renewed
        /// after a rejection): a refusal of such a token is DRS refusing the device, not an old token.
        /// </summary>
        public bool Fresh
        {
            get { return _fresh; }
        }

        /// <summary>True once <see cref="OnInvalidToken"/> has replaced the token.</summary>
        public bool Renewed
        {
            get { return _renewed; }
        }

        /// <summary>
        /// DRS rejected <see cref="AccessToken"/> as invalid: gets a fresh one (refreshing unless
        /// another call already did), for one retry of this call.
        /// </summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>The new access token.</returns>
        /// <exception cref="TokenUnavailableException">
        /// <see cref="TokenProblem.Rejected"/> on the second rejection in this call; otherwise as
        /// <see cref="AccessTokenKeeper.BeginCall"/>.
        /// </exception>
        public string OnInvalidToken(DateTime now)
        {
            if (_renewed)
            {
                throw _keeper.RejectedAgain();
            }

            _renewed = true;
            _accessToken = _keeper.RenewAfterRejection(now, _accessToken);
            _fresh = true;
            return _accessToken;
        }

        /// <summary>A fingerprint of the token, never the token.</summary>
        /// <returns>A description for logs.</returns>
        public override string ToString()
        {
            return "token lease (fp " + TokenFingerprint.Of(_accessToken) + (_renewed ? ", renewed)" : ")");
        }
    }
}
