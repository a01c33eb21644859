using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Net;
using DeviceFirmware.PropertyTests.Support;
using DeviceFirmware.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Auth
{
    /// <summary>
    /// <see cref="LwaClient"/> on random statuses and bodies from a scripted transport (README "Tokens and
    /// flash", <see cref="LwaOutcome"/>): a token comes back only for a 200 whose body carries it, and then
    /// it is exactly the body's; every other answer is an <see cref="LwaException"/> with the documented
    /// outcome for its status class (5xx, 408, 429 and transport failures transient; redirects and other
    /// non-4xx statuses unexpected); nothing else is thrown; no message or log line holds the code, the
    /// verifier, the refresh token or a token of the body.
    /// </summary>
    public class LwaClientProperties
    {
        private const string Surface = "LWA client";
        private const int DefaultCases = 4000;
        private const string TokenUrl = "https://api.amazon.com/auth/o2/token";
        private const string ClientId = "amzn1.application-oa2-client.0123456789abcdef";
        private const string RedirectUri = "https://app.example.com/lwa/callback";
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public LwaClientProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Only LwaException with the documented outcome, tokens only from a 200, no secret anywhere.</summary>
        [Fact]
        public void AnswersWithTheBodysTokensOrADocumentedLwaExceptionWithoutSecrets()
        {
            PropertyRun.Check(_output, Surface, DefaultCases, LwaResponseGen.Exchange, Property, e => e.ToString());
        }

        private static void Property(LwaExchange exchange)
        {
            var transport = new ScriptedHttpTransport();
            if (exchange.Status == 0)
            {
                transport.Fail(exchange.Failure, "no route to host");
            }
            else
            {
                transport.Respond(exchange.Status, exchange.Body);
            }

            var log = new RecordingLog();
            var client = new LwaClient(transport, log);
            LwaTokenResponse tokens = null;
            LwaException error = null;
            try
            {
                tokens = exchange.IsCodeExchange
                    ? client.ExchangeCode(TokenUrl, ClientId, exchange.Code, RedirectUri, CodeVerifier.FromText(exchange.Verifier))
                    : client.Refresh(TokenUrl, ClientId, exchange.RefreshToken);
            }
            catch (LwaException e)
            {
                error = e;
            }
            catch (Exception e)
            {
                throw new PropertyViolationException("threw " + e.GetType().Name + ", not LwaException");
            }

            // The request's own secrets (a refresh does not know the code, an exchange not the stored refresh token) and the body's tokens.
            string[] secrets = exchange.IsCodeExchange
                ? new[] { exchange.Code, exchange.Verifier, exchange.BodySecrets[0], exchange.BodySecrets[1] }
                : new[] { exchange.RefreshToken, exchange.BodySecrets[0], exchange.BodySecrets[1] };
            SecretScan.RequireNoneIn(error, secrets, "the exception");
            SecretScan.RequireNoneIn(log, secrets);
            PropertyRun.Require(transport.RequestCount == 1, "sent " + transport.RequestCount + " requests for one call");
            if (tokens != null)
            {
                PropertyRun.Require(exchange.Status == 200, "a token came back from HTTP " + exchange.Status);
                PropertyRun.Require(exchange.Body.Contains(System.Text.Json.JsonSerializer.Serialize(tokens.AccessToken).Trim('"'), StringComparison.Ordinal) || exchange.Body.Contains("\\u", StringComparison.Ordinal), "the access token is not the body's");
                PropertyRun.Require(!exchange.IsCodeExchange || tokens.RefreshToken != null, "a code exchange returned no refresh token");
                PropertyRun.Require(tokens.ExpiresInSeconds > 0, "a token came back with a lifetime of " + tokens.ExpiresInSeconds);
                return;
            }

            int status = exchange.Status;
            if (status == 0)
            {
                PropertyRun.Require(error.IsTransportFailure && error.Outcome == LwaOutcome.Transient, "a transport failure gave " + error.Outcome);
            }
            else if (status >= 500 || status == 408 || status == 429)
            {
                PropertyRun.Require(error.Outcome == LwaOutcome.Transient, "HTTP " + status + " gave " + error.Outcome + ", not Transient");
            }
            else if (status < 400)
            {
                PropertyRun.Require(error.Outcome == LwaOutcome.UnexpectedResponse, "HTTP " + status + " gave " + error.Outcome + ", not UnexpectedResponse");
            }

            PropertyRun.Require(error.IsTransportFailure || error.StatusCode == status, "the exception names HTTP " + error.StatusCode + " for HTTP " + status);
        }
    }
}
