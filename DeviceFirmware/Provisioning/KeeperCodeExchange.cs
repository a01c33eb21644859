using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// <see cref="IAuthorizationCodeExchange"/> over <see cref="AccessTokenKeeper.CompleteProvisioning"/>:
    /// exchanges the code at the configured LWA token endpoint and stores the tokens.
    /// </summary>
    public sealed class KeeperCodeExchange : IAuthorizationCodeExchange
    {
        private readonly AccessTokenKeeper _keeper;
        private readonly string _tokenUrl;

        /// <summary>Creates the adapter.</summary>
        /// <param name="keeper">The token keeper.</param>
        /// <param name="tokenUrl">The LWA token endpoint (lwa.token_url).</param>
        public KeeperCodeExchange(AccessTokenKeeper keeper, string tokenUrl)
        {
            if (keeper == null)
            {
                throw new ArgumentNullException("keeper");
            }

            if (tokenUrl == null)
            {
                throw new ArgumentNullException("tokenUrl");
            }

            _keeper = keeper;
            _tokenUrl = tokenUrl;
        }

        /// <inheritdoc />
        public CodeExchangeResult Exchange(DateTime now, string code, string redirectUri, string clientId, CodeVerifier verifier)
        {
            try
            {
                _keeper.CompleteProvisioning(now, _tokenUrl, clientId, code, redirectUri, verifier);
                return CodeExchangeResult.Succeeded;
            }
            catch (TokenUnavailableException e)
            {
                return ResultOf(e.Problem);
            }
            catch (ArgumentException)
            {
                // Refused before the code was sent (an input the keeper cannot store): retrying cannot help.
                return CodeExchangeResult.Failed;
            }
        }

        /// <summary>What a keeper problem means for provisioning.</summary>
        /// <param name="problem">The problem.</param>
        /// <returns>The exchange result.</returns>
        public static CodeExchangeResult ResultOf(TokenProblem problem)
        {
            switch (problem)
            {
                case TokenProblem.NeedsProvisioning:
                    return CodeExchangeResult.CodeRejected;
                case TokenProblem.Misconfigured:
                    return CodeExchangeResult.ClientRejected;
                case TokenProblem.RetryLater:
                    return CodeExchangeResult.Unreachable;
                default:
                    return CodeExchangeResult.Failed;
            }
        }
    }
}
