using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class LwaTokenRequestsTests
    {
        [TestMethod]
        public static void CodeExchangeByteForByte()
        {
            HttpRequest request = LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, LwaTestData.Verifier);
            Assert.AreEqual("POST", request.Method);
            Assert.AreEqual("https://api.amazon.com/auth/o2/token", request.Url);
            Assert.AreEqual("application/x-www-form-urlencoded", request.ContentType);
            Assert.AreEqual(0, request.HeaderCount);
            Assert.AreEqual(
                "grant_type=authorization_code"
                + "&code=SECRETCODE-ab%7Ccd"
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Flwa%2Fcallback"
                + "&client_id=amzn1.application-oa2-client.0123456789abcdef"
                + "&code_verifier=SECRETVERIFIER%7E0123456789abcdefghijklmnopqrstu",
                request.Body);
        }

        [TestMethod]
        public static void RefreshByteForByte()
        {
            HttpRequest request = LwaTokenRequests.Refresh(LwaTestData.TokenUrl, LwaTestData.ClientId, "Atzr|IwEBIA+/x=y z");
            Assert.AreEqual("POST", request.Method);
            Assert.AreEqual(LwaTestData.TokenUrl, request.Url);
            Assert.AreEqual("application/x-www-form-urlencoded", request.ContentType);
            Assert.AreEqual(0, request.HeaderCount);
            Assert.AreEqual("grant_type=refresh_token&refresh_token=Atzr%7CIwEBIA%2B%2Fx%3Dy+z&client_id=amzn1.application-oa2-client.0123456789abcdef", request.Body);
        }

        [TestMethod]
        public static void RedirectUriIsSentExactlyAsReceived()
        {
            string odd = "amzn-com.example.app://callback/path?state=a b&x=%41";
            HttpRequest request = LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, LwaTestData.ClientId, "c", odd, LwaTestData.Verifier);
            Assert.Contains("&redirect_uri=amzn-com.example.app%3A%2F%2Fcallback%2Fpath%3Fstate%3Da+b%26x%3D%2541&", request.Body);
        }

        [TestMethod]
        public static void NoClientSecretEver()
        {
            HttpRequest exchange = LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.Code, LwaTestData.RedirectUri, LwaTestData.Verifier);
            HttpRequest refresh = LwaTokenRequests.Refresh(LwaTestData.TokenUrl, LwaTestData.ClientId, LwaTestData.RefreshToken);
            Assert.DoesNotContains("client_secret", exchange.Body);
            Assert.DoesNotContains("client_secret", refresh.Body);
            Assert.IsNull(exchange.GetHeader("Authorization"));
            Assert.IsNull(refresh.GetHeader("Authorization"));
        }

        [TestMethod]
        public static void MissingOrEmptyInputsAreRefused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, string.Empty, "c", "r", "v"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, "id", null, "r", "v"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, "id", "c", string.Empty, "v"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, "id", "c", "r", null));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.Refresh(LwaTestData.TokenUrl, "id", string.Empty));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.Refresh(LwaTestData.TokenUrl, null, "t"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => LwaTokenRequests.Refresh(null, "id", "t"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.Refresh(LwaTestData.TokenUrl, "id\r\nINFO forged line", "t"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, "caf\u00e9", "c", "r", "v"));
        }

        [TestMethod]
        public static void TokensOnlyTravelOverTls()
        {
            LwaTokenRequests.CheckTokenUrl("https://api.amazon.co.uk/auth/o2/token");
            LwaTokenRequests.CheckTokenUrl("http://127.0.0.1:8080/auth/o2/token");
            LwaTokenRequests.CheckTokenUrl("http://localhost/auth/o2/token");
            LwaTokenRequests.CheckTokenUrl("http://[::1]:9000/token");
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CheckTokenUrl("http://api.amazon.com/auth/o2/token"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CheckTokenUrl("http://127.0.0.1.evil.example/token"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.CheckTokenUrl("http://localhost.evil.example/token"));
            Assert.ThrowsException(typeof(ArgumentException), () => LwaTokenRequests.Refresh("ftp://x/token", "id", "t"));
        }

        [TestMethod]
        public static void InputErrorsNameTheFieldNotTheValue()
        {
            try
            {
                LwaTokenRequests.CodeExchange(LwaTestData.TokenUrl, "id", LwaTestData.Code, "r", string.Empty);
                Assert.IsTrue(false, "accepted");
            }
            catch (ArgumentException e)
            {
                Assert.Contains("code verifier", e.Message);
                LwaTestData.AssertNoSecret(e);
            }
        }
    }
}
