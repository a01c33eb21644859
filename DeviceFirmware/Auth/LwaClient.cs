using System;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Net;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// The device's side of Login with Amazon's token endpoint: exchanges an authorization code
    /// (with the PKCE verifier) for tokens, and refreshes the access token. One request per call,
    /// no retries, no state: callers (<see cref="AccessTokenKeeper"/>) decide what to do with an
    /// <see cref="LwaException"/> through its <see cref="LwaException.Outcome"/>.
    /// Log lines show fingerprints (<see cref="TokenFingerprint"/>), never a secret.
    /// </summary>
    public sealed class LwaClient
    {
        /// <summary>Name of the code exchange in messages.</summary>
        public const string CodeExchangeOperation = "LWA code exchange";

        /// <summary>Name of the refresh in messages.</summary>
        public const string RefreshOperation = "LWA refresh";

        private const int StatusOk = 200;

        private readonly IHttpTransport _transport;
        private readonly ILog _log;

        /// <summary>Creates the client.</summary>
        /// <param name="transport">HTTP port (TLS, timeout and root CA are the adapter's).</param>
        /// <param name="log">Where progress and failures are reported.</param>
        public LwaClient(IHttpTransport transport, ILog log)
        {
            if (transport == null)
            {
                throw new ArgumentNullException("transport");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _transport = transport;
            _log = log;
        }

        /// <summary>
        /// Exchanges an authorization code for an access token and a refresh token
        /// (grant_type=authorization_code with the PKCE code_verifier).
        /// </summary>
        /// <param name="tokenUrl">The LWA token endpoint (https).</param>
        /// <param name="clientId">The client ID the companion app received.</param>
        /// <param name="code">The authorization code (single use, short-lived).</param>
        /// <param name="redirectUri">The redirect URI the app used, exactly as received.</param>
        /// <param name="verifier">The verifier whose challenge the app sent to LWA.</param>
        /// <returns>The tokens; the refresh token is never null here.</returns>
        /// <exception cref="LwaException">LWA refused, failed or could not be reached.</exception>
        /// <exception cref="ArgumentException">A missing input or a token URL that is not https.</exception>
        public LwaTokenResponse ExchangeCode(string tokenUrl, string clientId, string code, string redirectUri, CodeVerifier verifier)
        {
            if (verifier == null)
            {
                throw new ArgumentNullException("verifier");
            }

            string verifierText = verifier.Reveal();
            HttpRequest request = LwaTokenRequests.CodeExchange(tokenUrl, clientId, code, redirectUri, verifierText);
            _log.Info(CodeExchangeOperation + ": " + request + " for client " + clientId + " (code fp " + TokenFingerprint.Of(code) + ", verifier fp " + verifier.Fingerprint() + ")");
            return Send(request, CodeExchangeOperation, true, new string[] { code, verifierText });
        }

        /// <summary>Gets a new access token with a refresh token (grant_type=refresh_token).</summary>
        /// <param name="tokenUrl">The LWA token endpoint (https).</param>
        /// <param name="clientId">The client ID stored at provisioning.</param>
        /// <param name="refreshToken">The stored refresh token.</param>
        /// <returns>The tokens; <see cref="LwaTokenResponse.RefreshToken"/> is null when LWA sent none (keep the stored one).</returns>
        /// <exception cref="LwaException">LWA refused, failed or could not be reached.</exception>
        /// <exception cref="ArgumentException">A missing input or a token URL that is not https.</exception>
        public LwaTokenResponse Refresh(string tokenUrl, string clientId, string refreshToken)
        {
            HttpRequest request = LwaTokenRequests.Refresh(tokenUrl, clientId, refreshToken);
            _log.Info(RefreshOperation + ": " + request + " for client " + clientId + " (refresh token fp " + TokenFingerprint.Of(refreshToken) + ")");
            return Send(request, RefreshOperation, false, new string[] { refreshToken });
        }

        private LwaTokenResponse Send(HttpRequest request, string operation, bool refreshTokenRequired, string[] secrets)
        {
            HttpResponse response;
            try
            {
                response = _transport.Send(request);
            }
            catch (HttpTransportException e)
            {
                LwaException failure = new LwaException(e.Kind, operation + " failed: no response (" + KindName(e.Kind) + "): " + e.Message, e);
                _log.Warn(failure.Message);
                throw failure;
            }

            if (response.StatusCode != StatusOk)
            {
                LwaException failure = LwaErrorClassifier.Classify(response.StatusCode, response.Body, operation, secrets);
                Report(failure);
                throw failure;
            }

            LwaTokenResponse tokens;
            try
            {
                tokens = LwaTokenResponseParser.Parse(response.Body, operation, refreshTokenRequired);
            }
            catch (LwaException failure)
            {
                Report(failure);
                throw;
            }

            _log.Info(operation + ": ok, " + tokens);
            return tokens;
        }

        private void Report(LwaException failure)
        {
            if (failure.Outcome == LwaOutcome.Transient)
            {
                _log.Warn(failure.Message);
            }
            else
            {
                _log.Error(failure.Message);
            }
        }

        private static string KindName(HttpFailureKind kind)
        {
            switch (kind)
            {
                case HttpFailureKind.Timeout:
                    return "timeout";
                case HttpFailureKind.ConnectionFailed:
                    return "connection failed";
                case HttpFailureKind.TlsFailed:
                    return "TLS failed";
                default:
                    return "transport error";
            }
        }
    }
}
