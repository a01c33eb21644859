using System;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// Owns the device's LWA grant: exchanges the authorization code after provisioning, and
    /// hands out access tokens for DRS calls, refreshing lazily.
    /// <list type="bullet">
    /// <item>Lazy: a refresh happens only inside <see cref="BeginCall"/> (when the token is missing
    /// or within the safety margin of its expiry) or <see cref="TokenLease.OnInvalidToken"/>; there
    /// is no timer, so the radio never wakes just to refresh.</item>
    /// <item>Safety margin: <see cref="DefaultSafetyMargin"/> (5 minutes) before expires_in runs out,
    /// so a token does not expire between the check and DRS reading it, and a few minutes of clock
    /// drift do not matter; at most half the token's lifetime, so a short-lived token is still used.
    /// A clock that went back before the token was obtained also counts as expired.</item>
    /// <item>Durable first: the refresh token goes to the <see cref="TokenVault"/> (written only
    /// when it rotated) before the new access token is handed out; if that write fails, the new
    /// access token is dropped and <see cref="TokenProblem.StorageFailed"/> is reported.</item>
    /// <item>Outcomes (<see cref="TokenUnavailableException"/>): invalid_grant wipes the vault and
    /// means back to provisioning; invalid_client and similar stop refreshing until the device is
    /// provisioned again or rebooted; transient failures wait for the backoff, and a call before
    /// that time fails at once without touching the network.</item>
    /// </list>
    /// One lock serialises everything, so two callers never redeem the same refresh token at once.
    /// </summary>
    public sealed class AccessTokenKeeper
    {
        /// <summary>How long before expiry a token is refreshed: 5 minutes.</summary>
        public static readonly TimeSpan DefaultSafetyMargin = new TimeSpan(0, 5, 0);

        private readonly LwaClient _lwa;
        private readonly TokenVault _vault;
        private readonly RetryGate _gate;
        private readonly ILog _log;
        private readonly TimeSpan _safetyMargin;
        private readonly object _sync = new object();

        // Set with the access token: when it was requested, and the margin that applies to it.
        private DateTime _obtainedUtc;
        private TimeSpan _effectiveMargin;

        // LWA said the request or client is wrong: no refresh until reprovisioned or rebooted.
        private bool _halted;
        private TokenProblem _haltProblem;
        private string _haltReason;

        // invalid_grant seen but the wipe failed: the stored token is dead anyway.
        private bool _revoked;

        /// <summary>Creates a keeper with the default safety margin.</summary>
        /// <param name="lwa">The LWA token client.</param>
        /// <param name="vault">Where the refresh token (flash) and access token (RAM) are kept.</param>
        /// <param name="backoff">Schedule for retries after transient failures.</param>
        /// <param name="log">Where decisions are reported (fingerprints only).</param>
        public AccessTokenKeeper(LwaClient lwa, TokenVault vault, BackoffPolicy backoff, ILog log)
            : this(lwa, vault, backoff, log, DefaultSafetyMargin)
        {
        }

        /// <summary>Creates a keeper.</summary>
        /// <param name="lwa">The LWA token client.</param>
        /// <param name="vault">Where the refresh token (flash) and access token (RAM) are kept.</param>
        /// <param name="backoff">Schedule for retries after transient failures.</param>
        /// <param name="log">Where decisions are reported (fingerprints only).</param>
        /// <param name="safetyMargin">How long before expiry to refresh (zero or more).</param>
        public AccessTokenKeeper(LwaClient lwa, TokenVault vault, BackoffPolicy backoff, ILog log, TimeSpan safetyMargin)
        {
            if (lwa == null)
            {
                throw new ArgumentNullException("lwa");
            }

            if (vault == null)
            {
                throw new ArgumentNullException("vault");
            }

            if (backoff == null)
            {
                throw new ArgumentNullException("backoff");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            if (safetyMargin < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("safetyMargin", "safety margin must not be negative");
            }

            _lwa = lwa;
            _vault = vault;
            _gate = new RetryGate(backoff);
            _log = log;
            _safetyMargin = safetyMargin;
        }

        /// <summary>The safety margin this keeper was built with.</summary>
        public TimeSpan SafetyMargin
        {
            get { return _safetyMargin; }
        }

        /// <summary>
        /// Exchanges the authorization code the companion app delivered, stores the refresh token
        /// with its client ID and token URL durably, and keeps the access token in RAM.
        /// </summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="tokenUrl">The LWA token endpoint (https).</param>
        /// <param name="clientId">Client ID from the app.</param>
        /// <param name="code">Authorization code from the app.</param>
        /// <param name="redirectUri">Redirect URI from the app, unchanged.</param>
        /// <param name="verifier">The PKCE verifier of this provisioning attempt.</param>
        /// <exception cref="TokenUnavailableException">The exchange or the save failed; see <see cref="TokenUnavailableException.Problem"/>.</exception>
        /// <exception cref="ArgumentException">An input is missing or could not be stored (checked before the code is spent).</exception>
        public void CompleteProvisioning(DateTime now, string tokenUrl, string clientId, string code, string redirectUri, CodeVerifier verifier)
        {
            // Fail on an unstorable client ID or URL before the single-use code is spent.
            new TokenRecord("placeholder", clientId, tokenUrl);
            LwaTokenRequests.CheckTokenUrl(tokenUrl);

            lock (_sync)
            {
                LwaTokenResponse tokens;
                try
                {
                    tokens = _lwa.ExchangeCode(tokenUrl, clientId, code, redirectUri, verifier);
                }
                catch (LwaException e)
                {
                    throw ExchangeFailure(now, e);
                }

                _gate.RecordSuccess();
                TokenRecord record = new TokenRecord(tokens.RefreshToken, clientId, tokenUrl);
                try
                {
                    _vault.Store(record, tokens.AccessToken, ExpiryOf(now, tokens));
                }
                catch (Exception e)
                {
                    throw Fail(TokenProblem.StorageFailed, DateTime.MaxValue, "tokens from the code exchange could not be saved (" + e.Message + "): the code is spent, provision again", e);
                }

                Adopt(now, tokens);
                _halted = false;
                _revoked = false;
                _log.Info("LWA grant stored: refresh token fp " + TokenFingerprint.Of(tokens.RefreshToken) + ", access token fp " + TokenFingerprint.Of(tokens.AccessToken) + " valid " + tokens.ExpiresInSeconds + " s");
            }
        }

        /// <summary>
        /// The access token for one DRS call, refreshed first if it is missing or near expiry.
        /// Call once per DRS request; on "Invalid token" use <see cref="TokenLease.OnInvalidToken"/>.
        /// </summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>A lease holding the token.</returns>
        /// <exception cref="TokenUnavailableException">No token can be had now; see <see cref="TokenUnavailableException.Problem"/>.</exception>
        public TokenLease BeginCall(DateTime now)
        {
            lock (_sync)
            {
                string token = UsableTokenLocked(now);
                bool fresh = token == null;
                if (fresh)
                {
                    token = RefreshLocked(now);
                }

                return new TokenLease(this, token, fresh);
            }
        }

        /// <summary>Gets a token to replace one DRS rejected; used by <see cref="TokenLease.OnInvalidToken"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="rejected">The token DRS rejected.</param>
        /// <returns>A different, fresh token.</returns>
        internal string RenewAfterRejection(DateTime now, string rejected)
        {
            lock (_sync)
            {
                string current = UsableTokenLocked(now);
                if (current != null && current != rejected)
                {
                    // Another call refreshed meanwhile.
                    return current;
                }

                _log.Warn("DRS rejected access token fp " + TokenFingerprint.Of(rejected) + ": refreshing once for this call");
                _vault.ForgetAccessToken();
                return RefreshLocked(now);
            }
        }

        /// <summary>The exception for a second rejection within one call; used by <see cref="TokenLease"/>.</summary>
        /// <returns>The exception to throw.</returns>
        internal TokenUnavailableException RejectedAgain()
        {
            TokenUnavailableException failure = new TokenUnavailableException(TokenProblem.Rejected, DateTime.MaxValue,
                "DRS rejected the access token again right after a refresh: not retrying this call", null);
            _log.Error(failure.Message);
            return failure;
        }

        private string UsableTokenLocked(DateTime now)
        {
            string token = _vault.AccessToken;
            if (token == null || now < _obtainedUtc)
            {
                return null;
            }

            return now < _vault.AccessTokenExpiresUtc - _effectiveMargin ? token : null;
        }

        private string RefreshLocked(DateTime now)
        {
            if (_halted)
            {
                throw Fail(_haltProblem, DateTime.MaxValue, "not refreshing: " + _haltReason, null);
            }

            if (_revoked)
            {
                throw Fail(TokenProblem.NeedsProvisioning, DateTime.MaxValue, "the grant was revoked (invalid_grant): provision again", null);
            }

            if (!_gate.IsOpen(now))
            {
                // Fail fast: no radio, no request before the backoff says so.
                throw new TokenUnavailableException(TokenProblem.RetryLater, _gate.NotBefore, "LWA refresh is backing off after " + _gate.FailureCount + " failure(s): next attempt not before " + _gate.NotBefore.ToString("o"), null);
            }

            TokenRecord record;
            try
            {
                record = _vault.Current;
            }
            catch (Exception e)
            {
                throw Fail(TokenProblem.StorageFailed, _gate.RecordFailure(now), "the token vault could not be read (" + e.Message + ")", e);
            }

            if (record == null)
            {
                throw Fail(TokenProblem.NeedsProvisioning, DateTime.MaxValue, "no refresh token stored: the device must be provisioned", null);
            }

            LwaTokenResponse tokens;
            try
            {
                tokens = _lwa.Refresh(record.TokenEndpoint, record.ClientId, record.RefreshToken);
            }
            catch (LwaException e)
            {
                throw RefreshFailure(now, e);
            }

            _gate.RecordSuccess();
            bool rotated = tokens.RefreshToken != null && tokens.RefreshToken != record.RefreshToken;
            TokenRecord kept = rotated ? record.WithRefreshToken(tokens.RefreshToken) : record;
            try
            {
                // Durable before use: the vault writes the rotated record, then takes the access token.
                _vault.Store(kept, tokens.AccessToken, ExpiryOf(now, tokens));
            }
            catch (Exception e)
            {
                throw Fail(TokenProblem.StorageFailed, _gate.RecordFailure(now), "the rotated refresh token (fp " + TokenFingerprint.Of(tokens.RefreshToken) + ") could not be saved (" + e.Message + "): new access token discarded", e);
            }

            Adopt(now, tokens);
            _log.Info("access token refreshed: fp " + TokenFingerprint.Of(tokens.AccessToken) + " valid " + tokens.ExpiresInSeconds + " s; refresh token "
                + (rotated ? "rotated, saved (fp " + TokenFingerprint.Of(tokens.RefreshToken) + ")" : (tokens.RefreshToken == null ? "not sent, stored one kept" : "unchanged")));
            return tokens.AccessToken;
        }

        private void Adopt(DateTime now, LwaTokenResponse tokens)
        {
            _obtainedUtc = now;
            TimeSpan half = TimeSpan.FromTicks((tokens.ExpiresInSeconds * TimeSpan.TicksPerSecond) / 2);
            _effectiveMargin = half < _safetyMargin ? half : _safetyMargin;
        }

        private static DateTime ExpiryOf(DateTime now, LwaTokenResponse tokens)
        {
            // Counted from before the request was sent, so the margin covers the round trip.
            return now + TimeSpan.FromTicks(tokens.ExpiresInSeconds * TimeSpan.TicksPerSecond);
        }

        private TokenUnavailableException RefreshFailure(DateTime now, LwaException e)
        {
            switch (e.Outcome)
            {
                case LwaOutcome.InvalidGrant:
                    try
                    {
                        _vault.Wipe();
                    }
                    catch (Exception wipeError)
                    {
                        _revoked = true;
                        _log.Error("tokens could not be wiped after invalid_grant (" + wipeError.Message + "): the stored refresh token will not be used again");
                    }

                    return Fail(TokenProblem.NeedsProvisioning, DateTime.MaxValue, "LWA refused the refresh token (revoked or expired): tokens wiped, back to provisioning", e);
                case LwaOutcome.Misconfigured:
                    return Halt(TokenProblem.Misconfigured, "LWA refused the client ID (" + e.ErrorCode + "): fix the LWA security profile or provision again", e);
                case LwaOutcome.FirmwareBug:
                    return Halt(TokenProblem.FirmwareBug, "LWA called the refresh request malformed (" + e.ErrorCode + "): a firmware bug", e);
                default:
                    // LWA's message already names the cause: it is not wrapped again, only the retry time is added.
                    DateTime notBefore = _gate.RecordFailure(now);
                    return Fail(TokenProblem.RetryLater, notBefore, e.Message + ": next attempt not before " + notBefore.ToString("o"), e);
            }
        }

        private TokenUnavailableException ExchangeFailure(DateTime now, LwaException e)
        {
            switch (e.Outcome)
            {
                case LwaOutcome.InvalidGrant:
                    return Fail(TokenProblem.NeedsProvisioning, DateTime.MaxValue, "LWA refused the authorization code (expired, already used, or not for this verifier or redirect URI): log in again in the app", e);
                case LwaOutcome.Misconfigured:
                    return Fail(TokenProblem.Misconfigured, DateTime.MaxValue, "LWA refused the client ID (" + e.ErrorCode + "): check the app's LWA security profile", e);
                case LwaOutcome.FirmwareBug:
                    return Fail(TokenProblem.FirmwareBug, DateTime.MaxValue, "LWA called the code exchange malformed (" + e.ErrorCode + "): a firmware bug", e);
                default:
                    DateTime notBefore = _gate.RecordFailure(now);
                    return Fail(TokenProblem.RetryLater, notBefore, "code exchange failed (" + e.Message + "): the code may still be valid for a few minutes; next attempt not before " + notBefore.ToString("o"), e);
            }
        }

        private TokenUnavailableException Halt(TokenProblem problem, string reason, Exception cause)
        {
            _halted = true;
            _haltProblem = problem;
            _haltReason = reason;
            return Fail(problem, DateTime.MaxValue, reason + "; refreshing stopped until provisioned again or rebooted", cause);
        }

        private TokenUnavailableException Fail(TokenProblem problem, DateTime notBefore, string message, Exception cause)
        {
            TokenUnavailableException failure = new TokenUnavailableException(problem, notBefore, message, cause);
            if (problem == TokenProblem.RetryLater)
            {
                _log.Warn(message);
            }
            else
            {
                _log.Error(message);
            }

            return failure;
        }
    }
}
