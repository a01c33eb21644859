using System;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.DeviceApi
{
    /// <summary>The device API client against docs/device-api.md: headers, signature, answers and every error of the table.</summary>
    [TestClass]
    public class DeviceApiClientTests
    {
        private const string Serial = "240AC45E1A70";

        private static readonly DateTime Now = new DateTime(2023, 11, 14, 22, 13, 20);

        private static DeviceApiClient Client(IHttpTransport http, ScriptedTimeSync time, RecordingLog log, string baseUrl)
        {
            RequestSigner signer = new RequestSigner(DeviceKey.Parse(Hex.Ascii(FakeDeviceKeyFile.TestKeyHex)), ScriptedRandomSource.Counting(0));
            return new DeviceApiClient(http, signer, Serial, baseUrl, new ManualClock(Now), time, log);
        }

        private static DeviceApiClient Client(IHttpTransport http)
        {
            return Client(http, new ScriptedTimeSync(), new RecordingLog(), "https://cloud.example.com");
        }

        private static DeviceApiException Failure(ScriptedHttpTransport http, int status, string body)
        {
            http.Respond(status, body);
            try
            {
                Client(http).ReportStatus("1.0.0");
            }
            catch (DeviceApiException e)
            {
                return e;
            }

            return null;
        }

        [TestMethod]
        public static void StatusIsASignedJsonPostWithTheFourHeaders()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, "{\"registered\":true}");
            Assert.IsTrue(Client(http).ReportStatus("1.0.0"), "registered");
            HttpRequest request = http.LastRequest;
            Assert.AreEqual("POST", request.Method);
            Assert.AreEqual("https://cloud.example.com/api/device/v1/status", request.Url);
            Assert.AreEqual("{\"firmware\":\"1.0.0\"}", request.Body);
            Assert.AreEqual("application/json", request.ContentType);
            Assert.AreEqual(Serial, request.GetHeader("X-Device-Serial"));
            Assert.AreEqual("1700000000", request.GetHeader("X-Timestamp"));
            Assert.AreEqual("AAECAwQFBgcICQoLDA0ODw", request.GetHeader("X-Nonce"));
            Assert.AreEqual(64, request.GetHeader("X-Signature").Length);
        }

        [TestMethod]
        public static void TheFakeWebApplicationAcceptsEverySignatureWithAPathPrefix()
        {
            FakeWebApp web = new FakeWebApp(FakeDeviceKeyFile.TestKeyHex);
            DeviceApiClient client = Client(web, new ScriptedTimeSync(), new RecordingLog(), "https://example.com/maker");
            Assert.IsTrue(client.ReportStatus("1.0.0"), "registered");
            Assert.AreEqual(1, client.ReportLevels(new string[] { "slot-a" }, new double[] { 42.5 }, 1));
            Assert.AreEqual("{\"slots\":[{\"slot\":\"slot-a\",\"percent\":42.5}]}", web.LastLevels);
            OrderAnswer answer = client.Replenish("slot-a", 17);
            Assert.AreEqual((int)OrderOutcome.Placed, (int)answer.Outcome);
            Assert.AreEqual("order-1", answer.OrderId);
            Assert.AreEqual("/maker/api/device/v1/replenish", web.PathAt(2));
            Assert.AreEqual(0, web.BadSignatures);
        }

        [TestMethod]
        public static void AWrongKeyIsRefusedAsDeviceRejected()
        {
            FakeWebApp web = new FakeWebApp("ff02030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
            DeviceApiException e = null;
            try
            {
                Client(web).ReportStatus("1.0.0");
            }
            catch (DeviceApiException caught)
            {
                e = caught;
            }

            Assert.IsNotNull(e, "refused");
            Assert.AreEqual((int)DeviceApiFailure.DeviceRejected, (int)e.Failure);
            Assert.Contains("bad_signature", e.Message);
            Assert.Contains("device key does not match", e.Message);
        }

        [TestMethod]
        public static void ReplenishAnswersMapToOutcomes()
        {
            string[] words = new string[] { "placed", "test_order", "in_progress" };
            for (int i = 0; i < words.Length; i++)
            {
                ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, "{\"outcome\":\"" + words[i] + "\",\"orderId\":\"E1\"}");
                OrderAnswer answer = Client(http).Replenish("slot-a", 3);
                Assert.AreEqual(i, (int)answer.Outcome);
                Assert.IsTrue(answer.IsFinal, words[i] + " is final");
                Assert.AreEqual("{\"slot\":\"slot-a\",\"episode\":3}", http.LastRequest.Body);
            }

            ScriptedHttpTransport retry = new ScriptedHttpTransport().Respond(200, "{\"outcome\":\"sign_in\",\"retryAfterSeconds\":300}");
            OrderAnswer signIn = Client(retry).Replenish("slot-a", 4294967295);
            Assert.AreEqual((int)OrderOutcome.SignIn, (int)signIn.Outcome);
            Assert.AreEqual(300, signIn.RetryAfterSeconds);
            Assert.IsFalse(signIn.IsFinal, "sign_in keeps the episode");
            Assert.Contains("\"episode\":4294967295", retry.LastRequest.Body);
        }

        [TestMethod]
        public static void UnexpectedAnswersAreBadResponsesNotCrashes()
        {
            string[] bodies = new string[]
            {
                "<html>gateway</html>",
                "{\"outcome\":\"shipped\"}",
                "{\"outcome\":\"retry_later\"}",
                "{\"outcome\":\"retry_later\",\"retryAfterSeconds\":0}",
                "[]",
                string.Empty,
            };
            for (int i = 0; i < bodies.Length; i++)
            {
                ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(200, bodies[i]);
                DeviceApiException failure = null;
                try
                {
                    Client(http).Replenish("slot-a", 1);
                }
                catch (DeviceApiException e)
                {
                    failure = e;
                }

                Assert.IsNotNull(failure, "body " + i + " refused");
                Assert.AreEqual((int)DeviceApiFailure.BadResponse, (int)failure.Failure, "body " + i);
                Assert.Contains("device API replenish", failure.Message);
            }
        }

        [TestMethod]
        public static void EveryErrorOfTheTableHasItsBehaviour()
        {
            Assert.AreEqual((int)DeviceApiFailure.Refused, (int)Failure(new ScriptedHttpTransport(), 400, "{\"error\":\"bad_request\",\"message\":\"x\"}").Failure);
            Assert.AreEqual((int)DeviceApiFailure.DeviceRejected, (int)Failure(new ScriptedHttpTransport(), 401, "{\"error\":\"unknown_device\",\"message\":\"x\"}").Failure);
            Assert.AreEqual((int)DeviceApiFailure.DeviceRejected, (int)Failure(new ScriptedHttpTransport(), 401, "{\"error\":\"bad_signature\",\"message\":\"x\"}").Failure);
            DeviceApiException tooLarge = Failure(new ScriptedHttpTransport(), 413, "{\"error\":\"too_large\",\"message\":\"x\"}");
            Assert.AreEqual((int)DeviceApiFailure.Refused, (int)tooLarge.Failure);
            Assert.Contains("firmware bug", tooLarge.Message);
            Assert.AreEqual((int)DeviceApiFailure.RetryLater, (int)Failure(new ScriptedHttpTransport(), 503, "busy").Failure);
            Assert.AreEqual((int)DeviceApiFailure.RetryLater, (int)Failure(new ScriptedHttpTransport(), 500, string.Empty).Failure);
            Assert.AreEqual((int)DeviceApiFailure.Refused, (int)Failure(new ScriptedHttpTransport(), 404, "not here").Failure);
            Assert.AreEqual((int)DeviceApiFailure.BadResponse, (int)Failure(new ScriptedHttpTransport(), 302, string.Empty).Failure);
        }

        [TestMethod]
        public static void RateLimitWaitsTheRetryAfterHeader()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport();
            HttpResponse limited = new HttpResponse(429, "{\"error\":\"rate_limited\",\"message\":\"x\"}");
            limited.Headers.Add("Retry-After", "42");
            DeviceApiException failure = null;
            try
            {
                Client(new OneResponse(limited)).ReportStatus("1.0.0");
            }
            catch (DeviceApiException e)
            {
                failure = e;
            }

            Assert.AreEqual((int)DeviceApiFailure.RetryLater, (int)failure.Failure);
            Assert.IsTrue(failure.HasNotBefore, "Retry-After honoured");
            Assert.AreEqual(Now.AddSeconds(42), failure.NotBefore);
        }

        [TestMethod]
        public static void NoAnswerIsRetryLater()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport().Fail(HttpFailureKind.Timeout, "timed out");
            DeviceApiException failure = null;
            try
            {
                Client(http).ReportStatus("1.0.0");
            }
            catch (DeviceApiException e)
            {
                failure = e;
            }

            Assert.AreEqual((int)DeviceApiFailure.RetryLater, (int)failure.Failure);
            Assert.AreEqual(0, failure.StatusCode);
        }

        [TestMethod]
        public static void AStaleTimestampResyncsTheClockAndTriesOnceMore()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport()
                .Respond(401, "{\"error\":\"stale_timestamp\",\"message\":\"x\"}")
                .Respond(200, "{\"registered\":false}");
            ScriptedTimeSync time = new ScriptedTimeSync();
            RecordingLog log = new RecordingLog();
            Assert.IsFalse(Client(http, time, log, "https://cloud.example.com").ReportStatus("1.0.0"), "not registered");
            Assert.AreEqual(1, time.SyncCount);
            Assert.AreEqual(2, http.RequestCount);
            Assert.AreNotEqual(http.RequestAt(0).GetHeader("X-Nonce"), http.RequestAt(1).GetHeader("X-Nonce"));
        }

        [TestMethod]
        public static void AReplayedNonceIsSentOnceMoreWithANewOneThenGivenUp()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport()
                .Respond(401, "{\"error\":\"replayed_nonce\",\"message\":\"x\"}")
                .Respond(401, "{\"error\":\"replayed_nonce\",\"message\":\"x\"}");
            DeviceApiException failure = null;
            try
            {
                Client(http).ReportStatus("1.0.0");
            }
            catch (DeviceApiException e)
            {
                failure = e;
            }

            Assert.AreEqual(2, http.RequestCount);
            Assert.AreNotEqual(http.RequestAt(0).GetHeader("X-Nonce"), http.RequestAt(1).GetHeader("X-Nonce"));
            Assert.AreEqual((int)DeviceApiFailure.RetryLater, (int)failure.Failure);
        }

        [TestMethod]
        public static void NoSecretInMessagesOrLog()
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport().Respond(401, "{\"error\":\"stale_timestamp\",\"message\":\"x\"}").Respond(500, "{\"error\":\"x\",\"message\":\"y\"}");
            RecordingLog log = new RecordingLog();
            DeviceApiException failure = null;
            try
            {
                Client(http, new ScriptedTimeSync(), log, "https://cloud.example.com").ReportStatus("1.0.0");
            }
            catch (DeviceApiException e)
            {
                failure = e;
            }

            string signature = http.RequestAt(0).GetHeader("X-Signature");
            Assert.DoesNotContains(signature, failure.Message);
            Assert.DoesNotContains("0a0b0c", failure.Message);
            Assert.IsFalse(log.Contains(signature), "no signature in the log");
            Assert.IsFalse(log.Contains("0a0b0c"), "no key in the log");
        }

        private sealed class OneResponse : IHttpTransport
        {
            private readonly HttpResponse _response;

            public OneResponse(HttpResponse response)
            {
                _response = response;
            }

            public HttpResponse Send(HttpRequest request)
            {
                return _response;
            }
        }
    }
}
