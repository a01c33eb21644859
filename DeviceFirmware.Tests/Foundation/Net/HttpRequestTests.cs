using System;
using DeviceFirmware.Net;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Net
{
    [TestClass]
    public class HttpRequestTests
    {
        [TestMethod]
        public static void KeepsHeadersInOrder()
        {
            HttpRequest request = new HttpRequest(HttpMethods.Post, "https://dash-replenishment-service-na.amazon.com/replenish/slot1");
            request.AddHeader("Authorization", "Bearer Atza|x");
            request.AddHeader("x-amzn-accept-type", "com.amazon.dash.replenishment.DrsReplenishResult@1.0");
            request.AddHeader("x-amzn-type-version", "com.amazon.dash.replenishment.DrsReplenishInput@1.0");
            request.SetBody(string.Empty, null);
            Assert.AreEqual(3, request.HeaderCount);
            Assert.AreEqual("Authorization", request.HeaderAt(0).Name);
            Assert.AreEqual("x-amzn-type-version", request.HeaderAt(2).Name);
            Assert.AreEqual("Bearer Atza|x", request.GetHeader("AUTHORIZATION"));
            Assert.IsNull(request.GetHeader("Accept"));
            Assert.AreEqual(string.Empty, request.Body);
            Assert.IsNull(request.ContentType);
        }

        [TestMethod]
        public static void WithoutSetBodyThereIsNoBody()
        {
            HttpRequest request = new HttpRequest(HttpMethods.Get, "https://example.com/subscriptionInfo");
            Assert.IsNull(request.Body);
            Assert.IsNull(request.ContentType);
        }

        [TestMethod]
        public static void RefusesHeaderInjection()
        {
            HttpRequest request = new HttpRequest(HttpMethods.Get, "https://example.com/");
            Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader("X-Token", "a\r\nX-Evil: 1"));
            Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader("X-Token", "a\nb"));
            Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader("X-Token", "caf\u00e9"));
            Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader("Bad Name", "v"));
            Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader("Bad:Name", "v"));
            Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader(string.Empty, "v"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => request.AddHeader("X-Null", null));
            Assert.AreEqual(0, request.HeaderCount);
        }

        [TestMethod]
        public static void HeaderErrorsDoNotQuoteTheValue()
        {
            HttpRequest request = new HttpRequest(HttpMethods.Get, "https://example.com/");
            try
            {
                request.AddHeader("Authorization", "Bearer Atza|SECRET\r\n");
                Assert.IsTrue(false, "accepted");
            }
            catch (ArgumentException e)
            {
                Assert.DoesNotContains("SECRET", e.Message);
                Assert.Contains("Authorization", e.Message);
            }
        }

        [TestMethod]
        public static void RefusesHeadersTheTransportOwns()
        {
            HttpRequest request = new HttpRequest(HttpMethods.Post, "https://example.com/");
            string[] owned = new string[] { "Host", "content-length", "Content-Type", "CONNECTION", "Transfer-Encoding" };
            for (int i = 0; i < owned.Length; i++)
            {
                string name = owned[i];
                Assert.ThrowsException(typeof(ArgumentException), () => request.AddHeader(name, "x"));
            }
        }

        [TestMethod]
        public static void RefusesBadMethodsUrlsAndBodies()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new HttpRequest("post", "https://example.com/"));
            Assert.ThrowsException(typeof(ArgumentException), () => new HttpRequest(string.Empty, "https://example.com/"));
            Assert.ThrowsException(typeof(ArgumentException), () => new HttpRequest("GET", "ftp://example.com/"));
            Assert.ThrowsException(typeof(ArgumentException), () => new HttpRequest("GET", "/relative"));
            Assert.ThrowsException(typeof(ArgumentException), () => new HttpRequest("GET", "https://example.com/a b"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new HttpRequest("GET", null));
            HttpRequest request = new HttpRequest(HttpMethods.Post, "https://example.com/");
            Assert.ThrowsException(typeof(ArgumentNullException), () => request.SetBody("x=1", null));
            Assert.ThrowsException(typeof(ArgumentNullException), () => request.SetBody(null, "text/plain"));
            Assert.ThrowsException(typeof(ArgumentException), () => request.SetBody("x", "text/plain\r\nX: y"));
        }

        [TestMethod]
        public static void ToStringShowsNoSecrets()
        {
            HttpRequest request = new HttpRequest(HttpMethods.Post, "https://api.amazon.com/auth/o2/token?code=SECRET");
            request.AddHeader("Authorization", "Bearer Atza|SECRET");
            request.SetBody("refresh_token=Atzr%7CSECRET", FormBody.ContentType);
            Assert.AreEqual("POST https://api.amazon.com/auth/o2/token?...", request.ToString());
            Assert.DoesNotContains("SECRET", request.HeaderAt(0).ToString());
        }

        [TestMethod]
        public static void ResponseKeepsStatusBodyAndHeaders()
        {
            HttpResponse response = new HttpResponse(429, null);
            response.Headers.Add("Retry-After", "30");
            Assert.AreEqual(429, response.StatusCode);
            Assert.AreEqual(string.Empty, response.Body);
            Assert.AreEqual("30", response.Headers.Get("retry-after"));
            Assert.AreEqual("HTTP 200 (22 chars)", new HttpResponse(200, "{\"access_token\":\"abc\"}").ToString());
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new HttpResponse(99, string.Empty));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new HttpResponse(600, string.Empty));
        }

        [TestMethod]
        public static void OrdinalTextIgnoresCultureRules()
        {
            Assert.IsTrue(OrdinalText.StartsWith("https://x", "https://"));
            Assert.IsFalse(OrdinalText.StartsWith("\u0000https://x", "https://"));
            Assert.IsFalse(OrdinalText.StartsWith("http", "https://"));
            Assert.AreEqual(3, OrdinalText.IndexOf("abcSECRET", "SECRET"));
            Assert.AreEqual(-1, OrdinalText.IndexOf("abc", "abcd"));
            Assert.AreEqual(-1, OrdinalText.IndexOf("abc", string.Empty));
            Assert.IsTrue(OrdinalText.EqualsIgnoreAsciiCase("Bearer", "bEARER"));
            Assert.IsFalse(OrdinalText.EqualsIgnoreAsciiCase("bearer", "bearer "));
            Assert.IsFalse(OrdinalText.EqualsIgnoreAsciiCase(null, "x"));
        }
    }
}
