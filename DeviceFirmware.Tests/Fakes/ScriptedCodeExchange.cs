using System;
using System.Collections;
using DeviceFirmware.Auth;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A code exchange that answers scripted results in order, then success, and records what it was given.</summary>
    public sealed class ScriptedCodeExchange : IAuthorizationCodeExchange
    {
        private readonly ArrayList _results = new ArrayList();

        /// <summary>Number of exchanges.</summary>
        public int ExchangeCount { get; private set; }

        /// <summary>Code of the last exchange.</summary>
        public string LastCode { get; private set; }

        /// <summary>Redirect URI of the last exchange.</summary>
        public string LastRedirectUri { get; private set; }

        /// <summary>Client ID of the last exchange.</summary>
        public string LastClientId { get; private set; }

        /// <summary>S256 challenge of the verifier the last exchange was given, computed during the call.</summary>
        public string LastVerifierChallenge { get; private set; }

        /// <summary>The verifier object the last exchange was given (to check it is wiped later).</summary>
        public CodeVerifier LastVerifier { get; private set; }

        /// <summary>Where each exchange is recorded as "Exchange", in order with other fakes' calls; null for none.</summary>
        public CallTrace Trace { get; set; }

        /// <summary>Queues the result of a coming exchange.</summary>
        public void Then(CodeExchangeResult result)
        {
            _results.Add(result);
        }

        /// <inheritdoc />
        public CodeExchangeResult Exchange(DateTime now, string code, string redirectUri, string clientId, CodeVerifier verifier)
        {
            ExchangeCount++;
            if (Trace != null)
            {
                Trace.Add("Exchange");
            }

            LastCode = code;
            LastRedirectUri = redirectUri;
            LastClientId = clientId;
            LastVerifier = verifier;
            LastVerifierChallenge = verifier == null ? null : verifier.ComputeChallenge(PkceMethod.S256);
            if (_results.Count == 0)
            {
                return CodeExchangeResult.Succeeded;
            }

            CodeExchangeResult result = (CodeExchangeResult)_results[0];
            _results.RemoveAt(0);
            return result;
        }
    }
}
