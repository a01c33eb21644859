using System;
using CsCheck;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Net;
using DeviceFirmware.PropertyTests.Support;
using DeviceFirmware.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.DeviceApi
{
    /// <summary>
    /// <see cref="DeviceApiClient"/> (web-app flow) on random statuses and bodies (docs/device-api.md, Errors): every
    /// call returns or throws a <see cref="DeviceApiException"/> with a defined failure, nothing else; transport
    /// failures and 5xx are <see cref="DeviceApiFailure.RetryLater"/>, 401 unknown_device and bad_signature
    /// <see cref="DeviceApiFailure.DeviceRejected"/>; one call sends at most two requests; no message or log line
    /// holds the device key or a signature.
    /// </summary>
    public class DeviceApiClientProperties
    {
        private const string Surface = "device API client";
        private const int DefaultCases = 2000;
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public DeviceApiClientProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Only DeviceApiException with a documented failure, at most two requests, no secret anywhere.</summary>
        [Fact]
        public void FailsOnlyWithDocumentedExceptionsWithoutSecrets()
        {
            PropertyRun.Check(_output, Surface, DefaultCases, Call, Property, c => c.ToString());
        }

        private static readonly Gen<string> Body = Gen.OneOf(
            "", "{}", "null", "[", "[]", "<html>gateway</html>", "{\"registered\":true}", "{\"registered\":\"yes\"}", "{\"accepted\":1}", "{\"accepted\":-1}",
            "{\"outcome\":\"placed\",\"orderId\":\"E1\"}", "{\"outcome\":\"test_order\"}", "{\"outcome\":\"in_progress\",\"orderId\":5}",
            "{\"outcome\":\"sign_in\",\"retryAfterSeconds\":300}", "{\"outcome\":\"retry_later\"}", "{\"outcome\":\"retry_later\",\"retryAfterSeconds\":1e3}",
            "{\"outcome\":\"shipped\"}", "{\"error\":\"bad_request\",\"message\":\"x\"}", "{\"error\":\"unknown_device\",\"message\":\"x\"}",
            "{\"error\":\"bad_signature\",\"message\":\"x\"}", "{\"error\":\"stale_timestamp\",\"message\":\"x\"}", "{\"error\":\"replayed_nonce\",\"message\":\"x\"}",
            "{\"error\":\"too_large\",\"message\":\"x\"}", "{\"error\":\"rate_limited\",\"message\":\"x\"}", "{\"error\":7}");

        private static readonly Gen<int> Status = Gen.Frequency(
            (5, Gen.OneOf(200, 201, 204)),
            (5, Gen.OneOf(400, 401, 404, 408, 413, 429)),
            (2, Gen.Int[500, 599]),
            (1, Gen.OneOf(301, 302, 100)),
            (1, Gen.Const(0)));

        private static readonly Gen<DeviceApiCall> Call = Gen.Select(Gen.Int[0, 2], Gen.Select(Status, Body).Array[2], (operation, answers) => new DeviceApiCall(operation, answers));

        private static void Property(DeviceApiCall call)
        {
            ScriptedHttpTransport http = new ScriptedHttpTransport();
            foreach ((int status, string body) in call.Answers)
            {
                if (status == 0)
                {
                    http.Fail(HttpFailureKind.Timeout, "timed out");
                }
                else
                {
                    http.Respond(status, body);
                }
            }

            RecordingLog log = new RecordingLog();
            RequestSigner signer = new RequestSigner(DeviceKey.Parse(Hex.Ascii(FakeDeviceKeyFile.TestKeyHex)), ScriptedRandomSource.Counting(1));
            DeviceApiClient client = new DeviceApiClient(http, signer, "240AC45E1A70", "https://cloud.example.com", new ManualClock(new DateTime(2030, 1, 1)), new ScriptedTimeSync(), log);
            DeviceApiException error = null;
            try
            {
                switch (call.Operation)
                {
                    case 0:
                        client.ReportStatus("1.0.0");
                        break;
                    case 1:
                        client.ReportLevels(new[] { "slot-a" }, new[] { 42.5 }, 1);
                        break;
                    default:
                        client.Replenish("slot-a", 3);
                        break;
                }
            }
            catch (DeviceApiException e)
            {
                error = e;
            }
            catch (Exception e)
            {
                throw new PropertyViolationException("threw " + e.GetType().Name + ", not DeviceApiException: " + e.Message);
            }

            PropertyRun.Require(http.RequestCount >= 1 && http.RequestCount <= 2, "one call sent " + http.RequestCount + " requests");
            string[] secrets = { FakeDeviceKeyFile.TestKeyHex, FakeDeviceKeyFile.TestKeyHex.Substring(8, 16), http.RequestAt(0).GetHeader("X-Signature") };
            SecretScan.RequireNoneIn(error, secrets, "the exception");
            SecretScan.RequireNoneIn(log, secrets);
            if (error == null)
            {
                return;
            }

            PropertyRun.Require(Enum.IsDefined(typeof(DeviceApiFailure), error.Failure), "undefined failure " + (int)error.Failure);
            (int lastStatus, string lastBody) = call.Answers[http.RequestCount - 1];
            if (lastStatus == 0 || lastStatus >= 500)
            {
                PropertyRun.Require(error.Failure == DeviceApiFailure.RetryLater, "HTTP " + lastStatus + " (0: no response) gave " + error.Failure + ", not RetryLater");
            }

            if (lastStatus == 401 && (lastBody.Contains("unknown_device", StringComparison.Ordinal) || lastBody.Contains("bad_signature", StringComparison.Ordinal)))
            {
                PropertyRun.Require(error.Failure == DeviceApiFailure.DeviceRejected, "401 " + lastBody + " gave " + error.Failure + ", not DeviceRejected");
            }
        }
    }
}
