using DeviceFirmware.Auth;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class LwaErrorClassifierTests
    {
        private static readonly string[] Secrets = new string[] { LwaTestData.RefreshToken };

        [TestMethod]
        public static void InvalidGrantMeansBackToProvisioning()
        {
            LwaException e = Classify(400, LwaTestData.ErrorBody("invalid_grant", "The request has an invalid grant parameter : refresh_token"));
            Assert.AreEqual((object)LwaOutcome.InvalidGrant, (object)e.Outcome);
            Assert.AreEqual("invalid_grant", e.ErrorCode);
            Assert.AreEqual(400, e.StatusCode);
            Assert.Contains("LWA refresh failed: HTTP 400 invalid_grant", e.Message);
            Assert.Contains("(LWA says: The request has an invalid grant parameter : refresh_token)", e.Message);
        }

        [TestMethod]
        public static void ClientErrorsMeanMisconfiguration()
        {
            Assert.AreEqual((object)LwaOutcome.Misconfigured, (object)Classify(401, LwaTestData.ErrorBody("invalid_client", "Client authentication failed")).Outcome);
            Assert.AreEqual((object)LwaOutcome.Misconfigured, (object)Classify(400, LwaTestData.ErrorBody("invalid_client", "x")).Outcome);
            Assert.AreEqual((object)LwaOutcome.Misconfigured, (object)Classify(400, LwaTestData.ErrorBody("unauthorized_client", "x")).Outcome);
        }

        [TestMethod]
        public static void RequestErrorsMeanAFirmwareBug()
        {
            Assert.AreEqual((object)LwaOutcome.FirmwareBug, (object)Classify(400, LwaTestData.ErrorBody("invalid_request", "missing parameter")).Outcome);
            Assert.AreEqual((object)LwaOutcome.FirmwareBug, (object)Classify(400, LwaTestData.ErrorBody("unsupported_grant_type", "x")).Outcome);
            Assert.AreEqual((object)LwaOutcome.FirmwareBug, (object)Classify(400, LwaTestData.ErrorBody("invalid_scope", "x")).Outcome);
        }

        [TestMethod]
        public static void ServerErrorCodesAreTransient()
        {
            Assert.AreEqual((object)LwaOutcome.Transient, (object)Classify(400, LwaTestData.ErrorBody("server_error", "x")).Outcome);
            Assert.AreEqual((object)LwaOutcome.Transient, (object)Classify(400, LwaTestData.ErrorBody("ServerError", "x")).Outcome);
            Assert.AreEqual((object)LwaOutcome.Transient, (object)Classify(400, LwaTestData.ErrorBody("temporarily_unavailable", "x")).Outcome);
        }

        [TestMethod]
        public static void EveryServerStatusIsTransientWhateverTheBody()
        {
            int[] statuses = new int[] { 500, 502, 503, 504, 599, 408, 429 };
            string[] bodies = new string[]
            {
                string.Empty,
                "Internal Server Error",
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
                LwaTestData.ErrorBody("invalid_grant", "odd but 5xx wins"),
                "{\"error\":",
            };
            for (int s = 0; s < statuses.Length; s++)
            {
                for (int b = 0; b < bodies.Length; b++)
                {
                    LwaException e = Classify(statuses[s], bodies[b]);
                    Assert.AreEqual((object)LwaOutcome.Transient, (object)e.Outcome);
                    Assert.AreEqual(statuses[s], e.StatusCode);
                }
            }

            Assert.Contains("rate limited", Classify(429, string.Empty).Message);
        }

        [TestMethod]
        public static void NonJsonAndEmptyErrorBodiesAreUnexpected()
        {
            LwaException html = Classify(400, "<html><body>Bad Request</body></html>");
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)html.Outcome);
            Assert.IsNull(html.ErrorCode);
            Assert.Contains("not a JSON object (37 chars)", html.Message);

            LwaException empty = Classify(401, string.Empty);
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)empty.Outcome);
            Assert.Contains("an empty body", empty.Message);

            LwaException nullBody = Classify(403, null);
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)nullBody.Outcome);
        }

        [TestMethod]
        public static void UnknownOrMissingCodesAreUnexpected()
        {
            LwaException unknown = Classify(400, LwaTestData.ErrorBody("access_denied_by_moon", "x"));
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)unknown.Outcome);
            Assert.AreEqual("access_denied_by_moon", unknown.ErrorCode);
            Assert.Contains("an error code RFC 6749 does not define", unknown.Message);

            LwaException noCode = Classify(400, "{\"message\":\"Invalid token\"}");
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)noCode.Outcome);
            Assert.Contains("without an error code", noCode.Message);

            LwaException numericCode = Classify(400, "{\"error\":42}");
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)numericCode.Outcome);

            LwaException garbageCode = Classify(400, "{\"error\":\"invalid grant\\n<script>\"}");
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)garbageCode.Outcome);
            Assert.IsNull(garbageCode.ErrorCode);
            Assert.Contains("unreadable error code", garbageCode.Message);

            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)Classify(400, LwaTestData.ErrorBody("INVALID_GRANT", "codes are case-sensitive")).Outcome);
        }

        [TestMethod]
        public static void RedirectsAndOddSuccessesAreUnexpected()
        {
            LwaException redirect = Classify(302, string.Empty);
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)redirect.Outcome);
            Assert.Contains("redirect", redirect.Message);
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)Classify(204, string.Empty).Outcome);
            Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)Classify(404, "Not Found").Outcome);
        }

        [TestMethod]
        public static void DescriptionIsCleanedAndCut()
        {
            string longText = new string('d', 300);
            LwaException e = Classify(400, LwaTestData.ErrorBody("invalid_request", "line1\\nline2\\u00e9 " + longText));
            Assert.Contains("(LWA says: line1?line2? ddd", e.Message);
            Assert.Contains("...)", e.Message);
            Assert.IsTrue(e.Message.Length < 400, "message not cut");
        }

        [TestMethod]
        public static void DescriptionQuotingASecretIsWithheld()
        {
            LwaException quotesSecret = Classify(400, LwaTestData.ErrorBody("invalid_grant", "refresh token " + LwaTestData.RefreshToken + " is revoked"));
            Assert.Contains("withheld", quotesSecret.Message);
            LwaTestData.AssertNoSecret(quotesSecret);

            LwaException quotesToken = Classify(400, LwaTestData.ErrorBody("invalid_grant", "token Atza|other is bad"));
            Assert.Contains("withheld", quotesToken.Message);
            Assert.DoesNotContains("Atza|", quotesToken.Message);
        }

        [TestMethod]
        public static void MessagesNeverQuoteABody()
        {
            string[] bodies = new string[]
            {
                "<html>" + LwaTestData.RefreshToken + "</html>",
                "{\"error\":\"" + LwaTestData.RefreshToken + "\"}",
                "{\"access_token\":\"" + LwaTestData.AccessToken + "\"}",
                LwaTestData.RefreshToken,
            };
            int[] statuses = new int[] { 400, 401, 500, 302 };
            for (int b = 0; b < bodies.Length; b++)
            {
                for (int s = 0; s < statuses.Length; s++)
                {
                    LwaTestData.AssertNoSecret(Classify(statuses[s], bodies[b]));
                }
            }
        }

        [TestMethod]
        public static void AnErrorFieldEchoingASecretIsWithheld()
        {
            // A server that answers {"error":"<the authorization code>"}: the code must not reach the message.
            const string Code = "SECRETxANdNAVhyhqirUelHGEHA";
            string[] secrets = new string[] { Code, LwaTestData.Verifier };
            LwaException whole = LwaErrorClassifier.Classify(400, LwaTestData.ErrorBody(Code, "x"), LwaClient.CodeExchangeOperation, secrets);
            Assert.IsNull(whole.ErrorCode, "no error code taken from an echo");
            Assert.DoesNotContains(Code, whole.Message);

            string piece = Code.Substring(7, 12);
            LwaException part = LwaErrorClassifier.Classify(400, LwaTestData.ErrorBody(piece, "x"), LwaClient.CodeExchangeOperation, secrets);
            Assert.DoesNotContains(piece, part.Message);

            // A real code still shows.
            Assert.AreEqual("invalid_grant", LwaErrorClassifier.Classify(400, LwaTestData.ErrorBody("invalid_grant", "x"), LwaClient.CodeExchangeOperation, secrets).ErrorCode);
        }

        private static LwaException Classify(int status, string body)
        {
            return LwaErrorClassifier.Classify(status, body, LwaClient.RefreshOperation, Secrets);
        }
    }
}
