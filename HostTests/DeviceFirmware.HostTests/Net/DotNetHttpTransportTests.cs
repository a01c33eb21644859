using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DeviceFirmware.Auth;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.Net;
using Xunit;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>
    /// The host HTTP adapter against a raw socket server on 127.0.0.1: the bytes on the wire for
    /// both LWA grants, exact headers and bodies for DRS-style calls, and the translation of
    /// timeouts, refused connections and TLS failures.
    /// </summary>
    public class DotNetHttpTransportTests
    {
        private const string ClientId = "amzn1.application-oa2-client.0123456789abcdef";
        private const string Code = "SECRETCODE-ab|cd";
        private const string RedirectUri = "https://app.example.com/lwa/callback";
        private const string Verifier = "SECRETVERIFIER~0123456789abcdefghijklmnopqrstu";
        private const string RefreshToken = "Atzr|SECRETREFRESH-one";
        private const string TokenJson = "{\"access_token\":\"Atza|SECRETACCESS-one\",\"refresh_token\":\"Atzr|SECRETREFRESH-two\",\"token_type\":\"bearer\",\"expires_in\":\"3600\"}";

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        [Fact]
        public void CodeExchange_OnTheWire_IsExactlyTheForm()
        {
            using RawHttpServer server = RawHttpServer.Answering(200, TokenJson);
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            var log = new ListLog();
            LwaTokenResponse tokens = new LwaClient(transport, log).ExchangeCode(server.BaseUrl + "/auth/o2/token", ClientId, Code, RedirectUri, CodeVerifier.FromText(Verifier));

            RawHttpRequest request = Assert.Single(server.Requests);
            string body = "grant_type=authorization_code&code=SECRETCODE-ab%7Ccd&redirect_uri=https%3A%2F%2Fapp.example.com%2Flwa%2Fcallback"
                + "&client_id=amzn1.application-oa2-client.0123456789abcdef&code_verifier=SECRETVERIFIER%7E0123456789abcdefghijklmnopqrstu";
            Assert.Equal(
                "POST /auth/o2/token HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + server.Port + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.Length + "\r\n\r\n",
                request.Head);
            Assert.Equal(Encoding.ASCII.GetBytes(body), request.Body);
            Assert.Equal("Atza|SECRETACCESS-one", tokens.AccessToken);
            Assert.Equal("Atzr|SECRETREFRESH-two", tokens.RefreshToken);
            Assert.Equal(3600, tokens.ExpiresInSeconds);
            Assert.DoesNotContain(log.Lines, line => line.Contains("SECRET", StringComparison.Ordinal));
        }

        [Fact]
        public void Refresh_OnTheWire_IsExactlyTheForm()
        {
            using RawHttpServer server = RawHttpServer.Answering(200, TokenJson);
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            new LwaClient(transport, new ListLog()).Refresh(server.BaseUrl + "/auth/o2/token", ClientId, RefreshToken);

            RawHttpRequest request = Assert.Single(server.Requests);
            string body = "grant_type=refresh_token&refresh_token=Atzr%7CSECRETREFRESH-one&client_id=amzn1.application-oa2-client.0123456789abcdef";
            Assert.Equal(
                "POST /auth/o2/token HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + server.Port + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.Length + "\r\n\r\n",
                request.Head);
            Assert.Equal(body, request.BodyText);
        }

        [Fact]
        public void EmptyBody_IsSentWithContentLengthZero_AndHeadersExactlyAsGiven()
        {
            using RawHttpServer server = RawHttpServer.Answering(200, "{\"eventInstanceId\":\"e1\",\"detailCode\":\"TEST_ORDER_PLACED\"}");
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            HttpRequest request = new HttpRequest(HttpMethods.Post, server.BaseUrl + "/replenish/slot1");
            request.AddHeader("Authorization", "Bearer Atza|IwEBI+x/y=");
            request.AddHeader("x-amzn-accept-type", "com.amazon.dash.replenishment.DrsReplenishResult@1.0");
            request.AddHeader("x-amzn-type-version", "com.amazon.dash.replenishment.DrsReplenishInput@1.0");
            request.SetBody(string.Empty, null);

            HttpResponse response = transport.Send(request);

            RawHttpRequest raw = Assert.Single(server.Requests);
            Assert.Equal("POST /replenish/slot1 HTTP/1.1", raw.RequestLine);
            Assert.Equal(new[] { "host", "authorization", "x-amzn-accept-type", "x-amzn-type-version", "content-length" }, raw.HeaderNames());
            Assert.Equal("Bearer Atza|IwEBI+x/y=", raw.Header("Authorization"));
            Assert.Equal("com.amazon.dash.replenishment.DrsReplenishResult@1.0", raw.Header("x-amzn-accept-type"));
            Assert.Equal("0", raw.Header("Content-Length"));
            Assert.Empty(raw.Body);
            Assert.Equal(200, response.StatusCode);
            Assert.Equal("{\"eventInstanceId\":\"e1\",\"detailCode\":\"TEST_ORDER_PLACED\"}", response.Body);
        }

        [Theory]
        [InlineData("GET")]
        [InlineData("DELETE")]
        public void BodylessMethods_SendNoContentHeaders(string method)
        {
            using RawHttpServer server = RawHttpServer.Answering(200, "{}");
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            HttpRequest request = new HttpRequest(method, server.BaseUrl + "/subscriptionInfo");
            request.AddHeader("x-amzn-type-version", "com.amazon.dash.replenishment.DrsSubscriptionInfoInput@1.0");
            transport.Send(request);
            RawHttpRequest raw = Assert.Single(server.Requests);
            Assert.Equal(method + " /subscriptionInfo HTTP/1.1", raw.RequestLine);
            Assert.Equal(new[] { "host", "x-amzn-type-version" }, raw.HeaderNames());
        }

        [Fact]
        public void JsonBody_IsUtf8WithTheContentTypeAsGiven()
        {
            using RawHttpServer server = RawHttpServer.Answering(200, "{\"m\":\"caf\u00e9 \u4e2d\"}");
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            HttpRequest request = new HttpRequest(HttpMethods.Post, server.BaseUrl + "/slotStatus/slot1");
            request.SetBody("{\"n\":\"\u00e9\"}", "application/json");
            HttpResponse response = transport.Send(request);
            RawHttpRequest raw = Assert.Single(server.Requests);
            Assert.Equal("application/json", raw.Header("Content-Type"));
            Assert.Equal(new byte[] { 0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0xA9, 0x22, 0x7D }, raw.Body);
            Assert.Equal("10", raw.Header("Content-Length"));
            Assert.Equal("{\"m\":\"caf\u00e9 \u4e2d\"}", response.Body);
        }

        [Fact]
        public void ErrorStatuses_AreResponses_AndRedirectsAreNotFollowed()
        {
            using (RawHttpServer server = RawHttpServer.Answering(400, "{\"error\":\"invalid_grant\"}"))
            using (DotNetHttpTransport transport = new DotNetHttpTransport(Timeout))
            {
                HttpResponse response = transport.Send(new HttpRequest(HttpMethods.Get, server.BaseUrl + "/x"));
                Assert.Equal(400, response.StatusCode);
                Assert.Equal("{\"error\":\"invalid_grant\"}", response.Body);
            }

            using (RawHttpServer server = RawHttpServer.Answering(302, string.Empty, "Location: http://127.0.0.1:1/elsewhere\r\n", contentType: null))
            using (DotNetHttpTransport transport = new DotNetHttpTransport(Timeout))
            {
                HttpResponse response = transport.Send(new HttpRequest(HttpMethods.Post, server.BaseUrl + "/auth/o2/token"));
                Assert.Equal(302, response.StatusCode);
                Assert.Equal("http://127.0.0.1:1/elsewhere", response.Headers.Get("location"));
                Assert.Single(server.Requests);
            }
        }

        [Fact]
        public void ResponseHeaders_ArePassedOn()
        {
            using RawHttpServer server = RawHttpServer.Answering(429, "{\"message\":\"Rate exceeded\"}", "Retry-After: 30\r\n");
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            HttpResponse response = transport.Send(new HttpRequest(HttpMethods.Get, server.BaseUrl + "/x"));
            Assert.Equal(429, response.StatusCode);
            Assert.Equal("30", response.Headers.Get("Retry-After"));
            Assert.Equal("application/json;charset=UTF-8", response.Headers.Get("content-type"));
        }

        [Fact]
        public void NoAnswer_IsATimeout_AfterTheConfiguredTime()
        {
            using RawHttpServer server = RawHttpServer.Silent();
            using DotNetHttpTransport transport = new DotNetHttpTransport(TimeSpan.FromMilliseconds(400));
            Stopwatch watch = Stopwatch.StartNew();
            HttpTransportException e = Assert.Throws<HttpTransportException>(() => transport.Send(SecretRequest(server.BaseUrl)));
            watch.Stop();
            Assert.Equal(HttpFailureKind.Timeout, e.Kind);
            Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
            Assert.Equal("127.0.0.1:" + server.Port + ": no response within 0.4 s", e.Message);
        }

        [Fact]
        public void RefusedConnection_IsConnectionFailed()
        {
            TcpListener probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            HttpTransportException e = Assert.Throws<HttpTransportException>(() => transport.Send(SecretRequest("http://127.0.0.1:" + port)));
            Assert.Equal(HttpFailureKind.ConnectionFailed, e.Kind);
            Assert.StartsWith("127.0.0.1:" + port + ": ", e.Message);
            AssertNoSecret(e);
        }

        [Fact]
        public void TlsToAPlainServer_IsTlsFailed()
        {
            using RawHttpServer server = RawHttpServer.PlainTextOnConnect();
            using DotNetHttpTransport transport = new DotNetHttpTransport(Timeout);
            HttpTransportException e = Assert.Throws<HttpTransportException>(() => transport.Send(SecretRequest("https://127.0.0.1:" + server.Port)));
            Assert.Equal(HttpFailureKind.TlsFailed, e.Kind);
            AssertNoSecret(e);
        }

        [Fact]
        public void TransportFailure_ThroughLwaClient_IsTransient_WithoutSecrets()
        {
            using RawHttpServer server = RawHttpServer.Silent();
            using DotNetHttpTransport transport = new DotNetHttpTransport(TimeSpan.FromMilliseconds(300));
            var log = new ListLog();
            LwaException e = Assert.Throws<LwaException>(() => new LwaClient(transport, log).Refresh(server.BaseUrl + "/auth/o2/token", ClientId, RefreshToken));
            Assert.Equal(LwaOutcome.Transient, e.Outcome);
            Assert.Equal(HttpFailureKind.Timeout, e.TransportFailure);
            Assert.DoesNotContain("SECRET", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(log.Lines, line => line.Contains("SECRET", StringComparison.Ordinal));
        }

        [Fact]
        public void Timeout_MustBePositive()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new DotNetHttpTransport(TimeSpan.Zero));
            Assert.Throws<ArgumentOutOfRangeException>(() => new DotNetHttpTransport(System.Threading.Timeout.InfiniteTimeSpan));
        }

        private static HttpRequest SecretRequest(string baseUrl)
        {
            HttpRequest request = new HttpRequest(HttpMethods.Post, baseUrl + "/auth/o2/token?code=SECRETCODE");
            request.AddHeader("Authorization", "Bearer Atza|SECRETACCESS");
            request.SetBody("refresh_token=Atzr%7CSECRETREFRESH", FormBody.ContentType);
            return request;
        }

        private static void AssertNoSecret(Exception e)
        {
            Assert.DoesNotContain("SECRET", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("/auth/o2/token", e.Message, StringComparison.Ordinal);
        }
    }
}
