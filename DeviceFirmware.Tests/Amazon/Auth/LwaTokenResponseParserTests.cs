using DeviceFirmware.Auth;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class LwaTokenResponseParserTests
    {
        private const string Operation = "LWA refresh";

        [TestMethod]
        public static void ReadsAFullResponseWithNumericExpiresIn()
        {
            LwaTokenResponse tokens = LwaTokenResponseParser.Parse(LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"), Operation, true);
            Assert.AreEqual(LwaTestData.AccessToken, tokens.AccessToken);
            Assert.AreEqual(LwaTestData.RefreshToken, tokens.RefreshToken);
            Assert.AreEqual(3600L, tokens.ExpiresInSeconds);
            Assert.AreEqual("bearer", tokens.TokenType);
        }

        [TestMethod]
        public static void AcceptsExpiresInAsAString()
        {
            LwaTokenResponse tokens = LwaTokenResponseParser.Parse(LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "\"3573\""), Operation, false);
            Assert.AreEqual(3573L, tokens.ExpiresInSeconds);
        }

        [TestMethod]
        public static void RotatedRefreshTokenIsReturned()
        {
            LwaTokenResponse tokens = LwaTokenResponseParser.Parse(LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RotatedRefreshToken, "3600"), Operation, false);
            Assert.AreEqual(LwaTestData.RotatedRefreshToken, tokens.RefreshToken);
        }

        [TestMethod]
        public static void AbsentRefreshTokenIsNullAfterARefresh()
        {
            LwaTokenResponse tokens = LwaTokenResponseParser.Parse(LwaTestData.TokenBody(LwaTestData.AccessToken, null, "3600"), Operation, false);
            Assert.IsNull(tokens.RefreshToken);
            Assert.AreEqual(LwaTestData.AccessToken, tokens.AccessToken);
        }

        [TestMethod]
        public static void AbsentRefreshTokenIsAnErrorAfterACodeExchange()
        {
            Refused(LwaTestData.TokenBody(LwaTestData.AccessToken, null, "3600"), true, "refresh_token is missing");
        }

        [TestMethod]
        public static void TokenTypeIsCheckedIgnoringCase()
        {
            string body = "{\"access_token\":\"Atza|a\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
            Assert.AreEqual("Bearer", LwaTokenResponseParser.Parse(body, Operation, false).TokenType);
            Refused("{\"access_token\":\"Atza|a\",\"token_type\":\"mac\",\"expires_in\":3600}", false, "token_type is 'mac', not bearer");
            Refused("{\"access_token\":\"Atza|a\",\"expires_in\":3600}", false, "token_type is missing");
            Refused("{\"access_token\":\"Atza|a\",\"token_type\":\"\",\"expires_in\":3600}", false, "token_type is empty");
            Refused("{\"access_token\":\"Atza|a\",\"token_type\":\"bearer \",\"expires_in\":3600}", false, "not bearer");
        }

        [TestMethod]
        public static void MissingOrEmptyFieldsAreErrors()
        {
            Refused("{\"refresh_token\":\"Atzr|SECRETREFRESH\",\"token_type\":\"bearer\",\"expires_in\":3600}", true, "access_token is missing");
            Refused(LwaTestData.TokenBody(string.Empty, LwaTestData.RefreshToken, "3600"), true, "access_token is empty");
            Refused(LwaTestData.TokenBody(LwaTestData.AccessToken, string.Empty, "3600"), false, "refresh_token is empty");
            Refused("{\"access_token\":\"Atza|SECRETACCESS\",\"token_type\":\"bearer\"}", false, "expires_in is missing");
            Refused("{\"access_token\":null,\"token_type\":\"bearer\",\"expires_in\":3600}", false, "access_token is a JSON null, not a string");
            Refused("{\"access_token\":\"Atza|a\",\"refresh_token\":null,\"token_type\":\"bearer\",\"expires_in\":3600}", false, "refresh_token is a JSON null");
        }

        [TestMethod]
        public static void BadExpiresInIsAnError()
        {
            string[] bad = new string[] { "0", "-1", "3600.5", "3.6e3", "\"\"", "\"36 00\"", "\"-5\"", "\"0x10\"", "true", "[3600]", "31536001", "\"99999999999\"" };
            for (int i = 0; i < bad.Length; i++)
            {
                Refused(LwaTestData.TokenBody(LwaTestData.AccessToken, null, bad[i]), false, "expires_in");
            }
        }

        [TestMethod]
        public static void BodiesThatAreNotATokenObjectAreErrors()
        {
            Refused(string.Empty, false, "not valid JSON");
            Refused(null, false, "not valid JSON");
            Refused("<html>OK</html>", false, "not valid JSON");
            Refused("[\"Atza|SECRETACCESS\"]", false, "JSON array, not a JSON object");
            Refused("{\"access_token\":\"Atza|SECRETACCESS\",}", false, "not valid JSON");
        }

        [TestMethod]
        public static void TokensMustFitAnHttpHeader()
        {
            Refused(LwaTestData.TokenBody("Atza|SECRET ACCESS", null, "3600"), false, "access_token has a space");
            Refused(LwaTestData.TokenBody("Atza|SECRET\\r\\nX-Evil: 1", null, "3600"), false, "access_token has a space, control or non-ASCII character at position 11");
            Refused(LwaTestData.TokenBody("Atza|SECRET\\u00e9", null, "3600"), false, "non-ASCII");
            string longToken = "Atza|SECRET" + new string('x', LwaTokenResponseParser.MaxTokenLength);
            Refused(LwaTestData.TokenBody(longToken, null, "3600"), false, "more than 2048");
        }

        [TestMethod]
        public static void UnknownFieldsAreIgnored()
        {
            string body = "{\"scope\":\"dash:replenish\",\"access_token\":\"Atza|a\",\"token_type\":\"bearer\",\"expires_in\":60,\"extra\":{\"n\":[1]}}";
            Assert.AreEqual(60L, LwaTokenResponseParser.Parse(body, Operation, false).ExpiresInSeconds);
        }

        [TestMethod]
        public static void ToStringShowsFingerprintsOnly()
        {
            LwaTokenResponse tokens = LwaTokenResponseParser.Parse(LwaTestData.TokenBody(LwaTestData.AccessToken, LwaTestData.RefreshToken, "3600"), Operation, true);
            Assert.DoesNotContains(LwaTestData.SecretMarker, tokens.ToString());
            Assert.Contains("access fp " + TokenFingerprint.Of(LwaTestData.AccessToken), tokens.ToString());
            Assert.Contains("expires in 3600 s", tokens.ToString());
        }

        private static void Refused(string body, bool refreshTokenRequired, string expected)
        {
            try
            {
                LwaTokenResponseParser.Parse(body, Operation, refreshTokenRequired);
            }
            catch (LwaException e)
            {
                Assert.AreEqual((object)LwaOutcome.UnexpectedResponse, (object)e.Outcome);
                Assert.AreEqual(200, e.StatusCode);
                Assert.IsNull(e.ErrorCode);
                Assert.StartsWith("LWA refresh: HTTP 200 but ", e.Message);
                Assert.Contains(expected, e.Message);
                LwaTestData.AssertNoSecret(e);
                return;
            }

            Assert.IsTrue(false, "accepted a body that should be refused: " + expected);
        }
    }
}
