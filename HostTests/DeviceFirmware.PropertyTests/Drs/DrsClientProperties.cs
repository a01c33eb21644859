using System;
using System.Linq;
using CsCheck;
using DeviceFirmware.Auth;
using DeviceFirmware.Drs;
using DeviceFirmware.Net;
using DeviceFirmware.PropertyTests.Support;
using DeviceFirmware.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Drs
{
    /// <summary>
    /// <see cref="DrsClient"/> of a provisioned device on random statuses and bodies (its class comment,
    /// <see cref="DrsFailure"/>): every call returns or throws a <see cref="DrsException"/> with a defined
    /// failure, nothing else; 408, 429, 5xx and transport failures are <see cref="DrsFailure.RetryLater"/>;
    /// one call sends at most two DRS requests and one refresh; no message or log line holds a token.
    /// </summary>
    public class DrsClientProperties
    {
        private const string Surface = "DRS client";
        private const int DefaultCases = 3000;
        private const string Secret = "SECRET";
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public DrsClientProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Only DrsException with a documented failure, bounded requests, no token anywhere.</summary>
        [Fact]
        public void FailsOnlyWithDocumentedDrsExceptionsWithoutSecrets()
        {
            PropertyRun.Check(_output, Surface, DefaultCases, Call, Property, c => c.ToString());
        }

        private static readonly Gen<string> Body = Gen.OneOf(
            "", "{}", "null", "[", "<html>captive portal</html>", "{\"message\":\"Invalid token\"}", "{\"message\":\"Invalid token \"}",
            "{\"message\":\"slot slot-a is unsubscribed\"}", "{\"message\":\"" + LwaTestData.AccessToken + "\"}", "{\"message\":\"bad " + LwaTestData.RefreshToken + "\"}",
            "{\"eventInstanceId\":\"amzn1.dash.v2.o.E1\",\"detailCode\":\"STANDARD_ORDER_PLACED\"}", "{\"eventInstanceId\":\"E2\",\"detailCode\":\"ORDER_INPROGRESS\"}",
            "{\"eventInstanceId\":\"E3\",\"detailCode\":\"TEST_ORDER_PLACED\"}", "{\"eventInstanceId\":\"E4\",\"detailCode\":\"" + LwaTestData.AccessToken + "\"}",
            "{\"detailCode\":\"STANDARD_ORDER_PLACED\"}", "{\"eventInstanceId\":5,\"detailCode\":null}",
            "{\"slotsSubscriptionStatus\":{\"slot-a\":true}}", "{\"slotsSubscriptionStatus\":{\"slot-a\":{\"subscribed\":true,\"productInfoList\":[{\"asin\":\"B00\",\"quantity\":2.5,\"unit\":\"kg\"}]}}}",
            "{\"slotsSubscriptionStatus\":[]}", "{\"orderInfoData\":{\"instanceId\":\"E1\",\"orderItems\":[]}}", "{\"cancelledSlotIds\":[\"slot-a\"]}",
            "{\"access_token\":\"Atza|SECRETACCESS-new\",\"refresh_token\":\"Atzr|SECRETREFRESH-new\",\"token_type\":\"bearer\",\"expires_in\":3600}",
            "{\"access_token\":\"Atza|SECRETACCESS-new\",\"token_type\":\"bearer\",\"expires_in\":\"3600\"}",
            "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}", "{\"error\":\"invalid_client\"}", "{\"error\":\"server_error\"}");

        private static readonly Gen<int> Status = Gen.Frequency(
            (4, Gen.OneOf(200, 201, 202, 204)),
            (4, Gen.OneOf(400, 401, 403, 404, 408, 409, 429)),
            (2, Gen.Int[500, 599]),
            (1, Gen.OneOf(301, 302, 100)),
            (1, Gen.Const(0)));

        private static readonly Gen<DrsCall> Call = Gen.Select(Gen.Int[0, 6], Gen.Select(Status, Body).Array[3], (operation, answers) => new DrsCall(operation, answers));

        private static void Property(DrsCall call)
        {
            KeeperRig rig = KeeperRig.Provisioned();
            int before = rig.Http.RequestCount;
            foreach ((int status, string body) in call.Answers)
            {
                if (status == 0)
                {
                    rig.Http.Fail(HttpFailureKind.Timeout, "timed out");
                }
                else
                {
                    rig.Http.Respond(status, body);
                }
            }

            var client = new DrsClient(rig.Http, rig.Keeper, rig.Vault, "https://drs.example.com", rig.Log);
            DateTime now = KeeperRig.At(60);
            DrsException error = null;
            try
            {
                Invoke(client, call.Operation, now);
            }
            catch (DrsException e)
            {
                error = e;
            }
            catch (Exception e)
            {
                throw new PropertyViolationException("threw " + e.GetType().Name + ", not DrsException: " + Scrub(e.Message));
            }

            int sent = rig.Http.RequestCount - before;
            PropertyRun.Require(sent >= 1 && sent <= 3, "one call sent " + sent + " requests");
            string[] secrets = { LwaTestData.AccessToken, LwaTestData.RefreshToken, "Atza|" + Secret, "Atzr|" + Secret };
            SecretScan.RequireNoneIn(error, secrets, "the exception");
            SecretScan.RequireNoneIn(rig.Log, secrets);
            if (error == null)
            {
                return;
            }

            PropertyRun.Require(Enum.IsDefined(typeof(DrsFailure), error.Failure), "undefined failure " + (int)error.Failure);
            (int firstStatus, _) = call.Answers[0];
            if (sent == 1 && (firstStatus == 0 || firstStatus >= 500 || firstStatus == 408 || firstStatus == 429))
            {
                PropertyRun.Require(error.Failure == DrsFailure.RetryLater, "HTTP " + firstStatus + " (0: no response) gave " + error.Failure + ", not RetryLater");
            }
        }

        private static void Invoke(DrsClient client, int operation, DateTime now)
        {
            switch (operation)
            {
                case 0:
                    client.Replenish(now, "slot-a");
                    break;
                case 1:
                    client.SendSlotStatus(now, "slot-a", new SlotStatusReport(now.AddDays(3), 2.5, 10, 2.5, now));
                    break;
                case 2:
                    client.SendDeviceStatus(now, now);
                    break;
                case 3:
                    client.GetSubscriptionInfo(now);
                    break;
                case 4:
                    client.GetOrderInfo(now, "amzn1.dash.v2.o.E1");
                    break;
                case 5:
                    client.CancelTestOrder(now, "slot-a");
                    break;
                default:
                    client.Deregister(now);
                    break;
            }
        }

        private static string Scrub(string message) => message.Contains(Secret, StringComparison.Ordinal) ? "(message withheld: it holds a secret)" : message;
    }
}
