using DeviceFirmware.Auth;
using DeviceFirmware.Drs;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Drs
{
    /// <summary>What each DRS answer means: replenish results, the token retry, per-slot refusals, deregistration, backoff and bad bodies.</summary>
    [TestClass]
    public class DrsOutcomeTests
    {
        [TestMethod]
        public static void AStandardOrderIsPlaced()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, DrsRig.ReplenishBody("amzn1.dash.v2.o.E1", "STANDARD_ORDER_PLACED"));
            ReplenishResult result = rig.Client.Replenish(DrsRig.Now, "slot-1");
            Assert.AreEqual((object)ReplenishDetail.StandardOrderPlaced, (object)result.Detail);
            Assert.AreEqual("amzn1.dash.v2.o.E1", result.EventInstanceId);
            Assert.IsTrue(result.PlacedOrder);
        }

        [TestMethod]
        public static void ATestOrderIsPlaced()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, DrsRig.ReplenishBody("E2", "TEST_ORDER_PLACED"));
            ReplenishResult result = rig.Client.Replenish(DrsRig.Now, "slot-1");
            Assert.AreEqual((object)ReplenishDetail.TestOrderPlaced, (object)result.Detail);
            Assert.IsTrue(result.PlacedOrder);
        }

        [TestMethod]
        public static void AnOrderAlreadyInProgressPlacesNothing()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, DrsRig.ReplenishBody("E3", "ORDER_INPROGRESS"));
            ReplenishResult result = rig.Client.Replenish(DrsRig.Now, "slot-1");
            Assert.AreEqual((object)ReplenishDetail.OrderInProgress, (object)result.Detail);
            Assert.IsFalse(result.PlacedOrder);
        }

        [TestMethod]
        public static void InvalidTokenRefreshesOnceAndRetriesOnce()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(400, DrsRig.Message("Invalid token"))
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"))
                .Respond(200, DrsRig.ReplenishBody("E1", "STANDARD_ORDER_PLACED"));
            ReplenishResult result = rig.Client.Replenish(DrsRig.Now, "slot-1");
            Assert.AreEqual("E1", result.EventInstanceId);
            Assert.AreEqual(4, rig.Http.RequestCount, "code exchange then replenish refresh replenish");
            Assert.AreEqual(LwaTestData.TokenUrl, rig.Http.RequestAt(2).Url);
            Assert.AreEqual("Bearer " + LwaTestData.AccessToken2, rig.Http.RequestAt(3).GetHeader("Authorization"));
            Assert.IsNotNull(rig.Auth.Vault.Current, "tokens kept");
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void InvalidTokenAgainAfterTheRefreshIsARefusalThatKeepsTheTokens()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(400, DrsRig.Message("Invalid token"))
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"))
                .Respond(400, DrsRig.Message("Invalid token"));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
            Assert.AreEqual((object)DrsFailure.DeviceRefused, (object)e.Failure);
            Assert.AreEqual(4, rig.Http.RequestCount, "no third attempt");
            Assert.IsNotNull(rig.Auth.Vault.Current, "tokens kept");
            Assert.AreEqual(1, rig.Client.Refusals.Count);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void UnauthorizedAndForbiddenRefreshOnceThenCountARefusal()
        {
            int[] statuses = new int[] { 401, 403 };
            for (int i = 0; i < statuses.Length; i++)
            {
                DrsRig rig = DrsRig.Provisioned();
                rig.Http.Respond(statuses[i], DrsRig.Message("Forbidden"))
                    .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, null, "3600"))
                    .Respond(statuses[i], DrsRig.Message("Forbidden"));
                DrsException e = DrsRig.Failure(() => rig.Client.SendDeviceStatus(DrsRig.Now, DrsRig.Now));
                Assert.AreEqual((object)DrsFailure.DeviceRefused, (object)e.Failure);
                Assert.IsNotNull(rig.Auth.Vault.Current, "tokens kept");
                Assert.AreEqual(4, rig.Http.RequestCount, "one refresh and one retry");
            }
        }

        [TestMethod]
        public static void ARevokedGrantMeansDeregisteredWithoutCallingDrs()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(400, DrsRig.Message("Invalid token"))
                .Respond(400, LwaTestData.ErrorBody("invalid_grant", "revoked"));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
            Assert.AreEqual((object)DrsFailure.Deregistered, (object)e.Failure);
            Assert.IsNull(rig.Auth.Vault.Current);
            Assert.AreEqual(3, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void AnUnprovisionedDeviceSendsNothing()
        {
            DrsRig rig = new DrsRig(new KeeperRig());
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
            Assert.AreEqual((object)DrsFailure.Deregistered, (object)e.Failure);
            Assert.AreEqual(0, rig.Http.RequestCount);
        }

        [TestMethod]
        public static void UnknownSlotIsAPerSlotOutcome()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(404, DrsRig.Message("Slot not found : slot-9"));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-9"));
            Assert.AreEqual((object)DrsFailure.NotFound, (object)e.Failure);
            Assert.IsTrue(e.IsPerSlot);
            Assert.AreEqual(404, e.StatusCode);
            Assert.IsNotNull(rig.Auth.Vault.Current, "tokens kept");
            Assert.AreEqual(2, rig.Http.RequestCount, "no retry");
        }

        [TestMethod]
        public static void AnUnsubscribedSlotIsAPerSlotOutcome()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(400, DrsRig.Message("Unable to place order - slot : slot-2 is unsubscribed."));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-2"));
            Assert.AreEqual((object)DrsFailure.SlotUnsubscribed, (object)e.Failure);
            Assert.IsTrue(e.IsPerSlot);
            Assert.Contains("is unsubscribed", e.Message);
            Assert.AreEqual(2, rig.Http.RequestCount, "no retry");
        }

        [TestMethod]
        public static void RateLimitsServerErrorsAndTimeoutsMeanRetryLater()
        {
            int[] statuses = new int[] { 429, 500, 502, 503, 504, 408 };
            for (int i = 0; i < statuses.Length; i++)
            {
                DrsRig rig = DrsRig.Provisioned();
                rig.Http.Respond(statuses[i], "<html>busy</html>");
                DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
                Assert.AreEqual((object)DrsFailure.RetryLater, (object)e.Failure);
                Assert.AreEqual(statuses[i], e.StatusCode);
                Assert.IsFalse(e.HasNotBefore, "the caller's backoff applies");
                Assert.AreEqual(2, rig.Http.RequestCount, "the client never retries on its own");
            }
        }

        [TestMethod]
        public static void NoResponseMeansRetryLater()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Fail(HttpFailureKind.Timeout, "drs.example.com: timeout");
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
            Assert.AreEqual((object)DrsFailure.RetryLater, (object)e.Failure);
            Assert.AreEqual(0, e.StatusCode);
            Assert.IsNotNull(e.InnerException);
        }

        [TestMethod]
        public static void LwaBackingOffMeansRetryLaterNotBeforeItsTime()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            DrsRig rig = new DrsRig(auth);
            rig.Http.Respond(503, string.Empty);
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(KeeperRig.At(4000), "slot-1"));
            Assert.AreEqual((object)DrsFailure.RetryLater, (object)e.Failure);
            Assert.IsTrue(e.HasNotBefore);
            Assert.AreEqual(KeeperRig.At(4001), e.NotBefore, "first LWA backoff step: 1 s");
            Assert.AreEqual(LwaTestData.TokenUrl, rig.Http.LastRequest.Url, "the refresh failed: DRS was not called");
        }

        [TestMethod]
        public static void AnotherClientErrorIsRefused()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(400, DrsRig.Message("Header x-amzn-type-version is wrong"));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
            Assert.AreEqual((object)DrsFailure.Refused, (object)e.Failure);
            Assert.Contains("DRS says: Header x-amzn-type-version is wrong", e.Message);
            Assert.IsNotNull(rig.Auth.Vault.Current, "tokens kept");
        }

        [TestMethod]
        public static void UnreadableSuccessBodiesAreErrorsCarryingTheStatus()
        {
            string[] bodies = new string[]
            {
                string.Empty,
                "not json",
                "[]",
                "{\"eventInstanceId\":\"E1\"}",
                "{\"eventInstanceId\":7,\"detailCode\":\"STANDARD_ORDER_PLACED\"}",
                "{\"eventInstanceId\":\"E1\",\"detailCode\":\"ORDER_SHIPPED\"}",
                "{\"eventInstanceId\":\"E1\",\"detailCode\":\"STANDARD_ORDER_PLACED\"",
            };
            for (int i = 0; i < bodies.Length; i++)
            {
                DrsRig rig = DrsRig.Provisioned();
                rig.Http.Respond(202, bodies[i]);
                DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
                Assert.AreEqual((object)DrsFailure.BadResponse, (object)e.Failure);
                Assert.AreEqual(202, e.StatusCode);
                Assert.Contains("HTTP 202", e.Message);
            }
        }

        [TestMethod]
        public static void ARedirectIsABadResponse()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(302, string.Empty);
            DrsException e = DrsRig.Failure(() => rig.Client.GetSubscriptionInfo(DrsRig.Now));
            Assert.AreEqual((object)DrsFailure.BadResponse, (object)e.Failure);
            Assert.AreEqual(302, e.StatusCode);
        }

        [TestMethod]
        public static void StatusCallsAcceptAnyTwoHundredBody()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, string.Empty).Respond(204, null).Respond(200, "{\"whatever\":1}");
            rig.Client.SendDeviceStatus(DrsRig.Now, DrsRig.Now);
            rig.Client.SendDeviceStatus(DrsRig.Now, DrsRig.Now);
            rig.Client.Deregister(DrsRig.Now);
            Assert.AreEqual(0, rig.Http.Pending);
        }

        [TestMethod]
        public static void ADrsMessageQuotingTheTokenIsWithheld()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(400, DrsRig.Message("bad request from " + LwaTestData.AccessToken));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(DrsRig.Now, "slot-1"));
            Assert.Contains("withheld", e.Message);
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void NoTokenEverReachesALogLineOrAMessage()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, DrsRig.ReplenishBody("E1", "STANDARD_ORDER_PLACED"))
                .Respond(400, DrsRig.Message("Invalid token"))
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken2, LwaTestData.RotatedRefreshToken, "3600"))
                .Respond(500, LwaTestData.AccessToken2)
                .Respond(403, DrsRig.Message(LwaTestData.AccessToken2))
                .Respond(200, LwaTestData.TokenBody(LwaTestData.AccessToken3, null, "3600"))
                .Respond(403, DrsRig.Message(LwaTestData.AccessToken3));
            rig.Client.Replenish(DrsRig.Now, "slot-1");
            DrsRig.Failure(() => rig.Client.SendDeviceStatus(DrsRig.Now, DrsRig.Now));
            DrsRig.Failure(() => rig.Client.SendDeviceStatus(DrsRig.Now, DrsRig.Now));
            LwaTestData.AssertNoSecret(rig.Log);
        }

        [TestMethod]
        public static void InvalidTokenIsRecognisedOnlyAsDrsSendsIt()
        {
            Assert.IsTrue(DrsErrorClassifier.IsInvalidToken(400, "{\"message\":\"Invalid token\"}"));
            Assert.IsTrue(DrsErrorClassifier.IsInvalidToken(400, "{\"message\":\"invalid token\",\"code\":1}"));
            Assert.IsFalse(DrsErrorClassifier.IsInvalidToken(401, "{\"message\":\"Invalid token\"}"));
            Assert.IsFalse(DrsErrorClassifier.IsInvalidToken(400, "{\"message\":\"Invalid token for slot\"}"));
            Assert.IsFalse(DrsErrorClassifier.IsInvalidToken(400, "Invalid token"));
            Assert.IsFalse(DrsErrorClassifier.IsInvalidToken(400, string.Empty));
        }

        [TestMethod]
        public static void TokenProblemsMapToDrsFailures()
        {
            KeeperRig auth = KeeperRig.Provisioned();
            DrsRig rig = new DrsRig(auth);
            rig.Http.Respond(401, LwaTestData.ErrorBody("invalid_client", "unknown client"));
            DrsException e = DrsRig.Failure(() => rig.Client.Replenish(KeeperRig.At(4000), "slot-1"));
            Assert.AreEqual((object)DrsFailure.Halted, (object)e.Failure);
            Assert.IsNotNull(auth.Vault.Current, "a misconfiguration wipes nothing");
            Assert.IsTrue(e.InnerException is TokenUnavailableException, "the keeper's reason is kept");
        }
    }
}
