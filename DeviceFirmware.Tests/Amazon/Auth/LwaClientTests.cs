using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class LwaClientTests
    {
        [TestMethod]
        public static void ExchangeSendsTheFormAndReturnsTokens()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"));
            RecordingLog log = new RecordingLog();
            LwaTokenResponse tokens = new LwaClient(http, log).ExchangeCode(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));

            Assert.AreEqual(1, http.RequestCount);
            HttpRequest sent = http.LastRequest;
            Assert.AreEqual("POST", sent.Method);
            Assert.AreEqual(LwaTestData.TokenUrl, sent.Url);
            Assert.AreEqual("application/x-www-form-urlencoded", sent.ContentType);
            Assert.AreEqual(LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, LwaTestData.Verifier).Body, sent.Body);
            Assert.Contains("code=SECRETCODE-ab%7Ccd&", sent.Body);
            Assert.AreEqual(LwaTestData.AccessToken, tokens.AccessToken);
            Assert.AreEqual(LwaTestData.RefreshToken, tokens.RefreshToken);
            Assert.AreEqual(3600L, tokens.ExpiresInSeconds);
            Assert.IsTrue(log.Contains("LWA code exchange: ok"), "no success line");
            LwaTestData.AssertNoSecret(log);
        }

        [TestMethod]
        public static void RefreshSendsTheFormAndKeepsARotatedToken()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RotatedRefreshToken, "\"3600\""));
            RecordingLog log = new RecordingLog();
            LwaTokenResponse tokens = new LwaClient(http, log).Refresh(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.RefreshToken);
            Assert.AreEqual("grant_type=refresh_token&refresh_token=Atzr%7CSECRETREFRESH-one&client_id=amzn1.application-oa2-client.0123456789abcdef", http.LastRequest.Body);
            Assert.AreEqual(LwaTestData.RotatedRefreshToken, tokens.RefreshToken);
            Assert.AreEqual(3600L, tokens.ExpiresInSeconds);
            LwaTestData.AssertNoSecret(log);
        }

        [TestMethod]
        public static void RefreshWithoutANewRefreshTokenReturnsNull()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3573"));
            LwaTokenResponse tokens = new LwaClient(http, new RecordingLog()).Refresh(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.RefreshToken);
            Assert.IsNull(tokens.RefreshToken);
            Assert.AreEqual(3573L, tokens.ExpiresInSeconds);
        }

        [TestMethod]
        public static void EachErrorMapsToItsOutcome()
        {
            Expect(LwaOutcome.InvalidGrant, 400, LwaTestData.ErrorBody("invalid_grant", "revoked"));
            Expect(LwaOutcome.Misconfigured, 401, LwaTestData.ErrorBody("invalid_client", "bad client"));
            Expect(LwaOutcome.Misconfigured, 400, LwaTestData.ErrorBody("unauthorized_client", "not allowed"));
            Expect(LwaOutcome.FirmwareBug, 400, LwaTestData.ErrorBody("invalid_request", "missing code_verifier"));
            Expect(LwaOutcome.FirmwareBug, 400, LwaTestData.ErrorBody("unsupported_grant_type", "x"));
            Expect(LwaOutcome.Transient, 400, LwaTestData.ErrorBody("ServerError", "x"));
            Expect(LwaOutcome.Transient, 500, "Internal Server Error");
            Expect(LwaOutcome.Transient, 502, "<html><head><title>502 Bad Gateway</title></head></html>");
            Expect(LwaOutcome.Transient, 503, string.Empty);
            Expect(LwaOutcome.Transient, 429, "{\"message\":\"Rate exceeded\"}");
            Expect(LwaOutcome.UnexpectedResponse, 400, string.Empty);
            Expect(LwaOutcome.UnexpectedResponse, 400, LwaTestData.ErrorBody("something_new", "x"));
            Expect(LwaOutcome.UnexpectedResponse, 301, string.Empty);
            Expect(LwaOutcome.UnexpectedResponse, 200, "{\"token_type\":\"bearer\",\"expires_in\":3600}");
            Expect(LwaOutcome.UnexpectedResponse, 200, LwaTestData.TokenBody(LwaTestData.AccessToken, string.Empty, "3600"));
            Expect(LwaOutcome.UnexpectedResponse, 200, "{\"access_token\":\"Atza|SECRETACCESS\",\"token_type\":\"mac\",\"expires_in\":3600}");
            Expect(LwaOutcome.UnexpectedResponse, 200, "not json " + LwaTestData.AccessToken);
        }

        [TestMethod]
        public static void TransportFailuresAreTransient()
        {
            HttpFailureKind[] kinds = new HttpFailureKind[] { HttpFailureKind.Timeout, HttpFailureKind.ConnectionFailed, HttpFailureKind.TlsFailed, HttpFailureKind.Other };
            for (int i = 0; i < kinds.Length; i++)
            {
                ScriptedHttpTransport http = new ScriptedHttpTransport().Fail(kinds[i], "api.amazon.com: simulated");
                RecordingLog log = new RecordingLog();
                LwaException e = Catch(new LwaClient(http, log), true);
                Assert.AreEqual((object)LwaOutcome.Transient, (object)e.Outcome);
                Assert.IsTrue(e.IsTransportFailure, "not marked as a transport failure");
                Assert.AreEqual((object)kinds[i], (object)e.TransportFailure);
                Assert.AreEqual(0, e.StatusCode);
                Assert.Contains("no response", e.Message);
                Assert.Contains("api.amazon.com: simulated", e.Message);
                Assert.IsTrue(log.Contains("WARN LWA code exchange failed"), "no warning logged");
                LwaTestData.AssertNoSecret(e);
                LwaTestData.AssertNoSecret(log);
            }
        }

        [TestMethod]
        public static void FailuresAreLoggedByGravity()
        {
            RecordingLog transient = new RecordingLog();
            Catch(new LwaClient(new ScriptedHttpTransport().Respond(503, string.Empty), transient), false);
            Assert.IsTrue(transient.Contains("WARN LWA refresh failed: HTTP 503"), "5xx not a warning");

            RecordingLog misconfigured = new RecordingLog();
            Catch(new LwaClient(new ScriptedHttpTransport().Respond(401, LwaTestData.ErrorBody("invalid_client", "x")), misconfigured), false);
            Assert.IsTrue(misconfigured.Contains("ERROR LWA refresh failed: HTTP 401 invalid_client"), "invalid_client not an error");
        }

        [TestMethod]
        public static void NoSecretInAnyLogLineOrExceptionWhateverHappens()
        {
            // Hostile or broken answers quoting what the request sent, or tokens, in every place.
            string[] exchangeQuotes = new string[]
            {
                LwaTestData.ErrorBody("invalid_grant", "code " + LwaTestData.Code + " expired"),
                LwaTestData.ErrorBody("invalid_request", "verifier " + LwaTestData.Verifier + " does not match"),
                LwaTestData.ErrorBody("invalid_request", "code=SECRETCODE-ab%7Ccd"),
            };
            string[] refreshQuotes = new string[]
            {
                LwaTestData.ErrorBody("invalid_grant", "refresh_token=" + LwaTestData.RefreshToken),
                LwaTestData.ErrorBody("invalid_grant", "token Atzr|other is revoked"),
            };
            string[] eitherQuotes = new string[]
            {
                "<html>" + LwaTestData.AccessToken + "</html>",
                "{\"access_token\":\"" + LwaTestData.AccessToken + "\",\"token_type\":\"mac\",\"expires_in\":3600}",
                "{\"access_token\":\"" + LwaTestData.AccessToken + "\",\"token_type\":\"" + LwaTestData.AccessToken + "\",\"expires_in\":3600}",
                "{\"access_token\":\"" + LwaTestData.AccessToken + "\",\"token_type\":\"bearer\",\"expires_in\":\"" + LwaTestData.RefreshToken + "\"}",
                "{\"access_token\":\"" + LwaTestData.AccessToken + "\",\"refresh_token\":\"\",\"token_type\":\"bearer\",\"expires_in\":3600}",
                "{\"access_token\":\"" + LwaTestData.AccessToken + "\",\"token_type\":\"bearer\",\"expires_in\":3600,}",
                "{\"error\":\"" + LwaTestData.RefreshToken + "\",\"error_description\":\"" + LwaTestData.AccessToken + "\"}",
            };
            AssertNoSecretFor(exchangeQuotes, true);
            AssertNoSecretFor(eitherQuotes, true);
            AssertNoSecretFor(refreshQuotes, false);
            AssertNoSecretFor(eitherQuotes, false);
        }

        [TestMethod]
        public static void SuccessLogsFingerprintsOnly()
        {
            RecordingLog log = new RecordingLog();
            ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RotatedRefreshToken, "3600"));
            new LwaClient(http, log).Refresh(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.RefreshToken);
            Assert.IsTrue(log.Contains("refresh token fp " + TokenFingerprint.Of(LwaTestData.RefreshToken)), "request fingerprint missing");
            Assert.IsTrue(log.Contains("access fp " + TokenFingerprint.Of(LwaTestData.AccessToken)), "response fingerprint missing");
            LwaTestData.AssertNoSecret(log);
        }

        [TestMethod]
        public static void BadInputsFailBeforeAnyRequest()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport();
            LwaClient client = new LwaClient(http, new RecordingLog());
            Assert.ThrowsException(typeof(ArgumentNullException), () => client.ExchangeCode(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, null));
            Assert.ThrowsException(typeof(ArgumentException), () => client.ExchangeCode(LwaTestData.TokenUrl, LwaTestData.ClientId, string.Empty, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier)));
            Assert.ThrowsException(typeof(ArgumentException), () => client.Refresh("http://api.amazon.com/auth/o2/token", LwaTestData.ClientId, LwaTestData.RefreshToken));
            CodeVerifier wiped = CodeVerifier.FromText(LwaTestData.Verifier);
            wiped.Wipe();
            Assert.ThrowsException(typeof(InvalidOperationException), () => client.ExchangeCode(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, wiped));
            Assert.AreEqual(0, http.RequestCount);
        }

        private static void AssertNoSecretFor(string[] bodies, bool exchange)
        {
            int[] statuses = new int[] { 400, 401, 200, 500, 302 };
            for (int b = 0; b < bodies.Length; b++)
            {
                for (int s = 0; s < statuses.Length; s++)
                {
                    RecordingLog log = new RecordingLog();
                    ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(statuses[s], bodies[b]);
                    LwaException e = Catch(new LwaClient(http, log), exchange);
                    LwaTestData.AssertNoSecret(e);
                    LwaTestData.AssertNoSecret(log);
                    Assert.IsTrue(log.Count >= 2, "request and failure not both logged");
                }
            }
        }

        private static void Expect(LwaOutcome outcome, int status, string body)
        {
            for (int exchange = 0; exchange < 2; exchange++)
            {
                ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(status, body);
                LwaException e = Catch(new LwaClient(http, new RecordingLog()), exchange == 1);
                Assert.AreEqual((object)outcome, (object)e.Outcome);
                Assert.AreEqual(status, e.StatusCode);
                Assert.AreEqual(1, http.RequestCount);
            }
        }

        private static LwaException Catch(LwaClient client, bool exchange)
        {
            try
            {
                if (exchange)
                {
                    client.ExchangeCode(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, CodeVerifier.FromText(LwaTestData.Verifier));
                }
                else
                {
                    client.Refresh(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.RefreshToken);
                }
            }
            catch (LwaException e)
            {
                return e;
            }

            Assert.IsTrue(false, "no LwaException");
            return null;
        }
    }
}
