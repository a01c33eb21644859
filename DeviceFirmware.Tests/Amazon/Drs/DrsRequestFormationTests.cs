using System;
using DeviceFirmware.Drs;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Drs
{
    /// <summary>
    /// Every call of the DRS v1 device API as the client sends it: method, URL, the three headers
    /// in order and the body. Expected values are spelled out from Amazon's DRS endpoint pages
    /// (developer.amazon.com/docs/dash/*-endpoint.html), not taken from the firmware.
    /// </summary>
    [TestClass]
    public class DrsRequestFormationTests
    {
        private const string P = "com.amazon.dash.replenishment.";

        [TestMethod]
        public static void ReplenishIsAnEmptyPostWithContentLengthZero()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, DrsRig.ReplenishBody("E1", "STANDARD_ORDER_PLACED"));
            rig.Client.Replenish(DrsRig.Now, "slot-1");
            AssertCall(rig.Last, "POST", "https://drs.example.com/replenish/slot-1", "DrsReplenishInput@1.0", "DrsReplenishResult@1.0");
            Assert.AreEqual(string.Empty, rig.Last.Body, "an empty body (not none) makes the transport send Content-Length: 0");
            Assert.IsNull(rig.Last.ContentType);
        }

        [TestMethod]
        public static void SlotStatusPostsTheDocumentedJson()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, string.Empty);
            SlotStatusReport report = new SlotStatusReport(new DateTime(2025, 3, 20, 12, 0, 0), 212.5, 500, 212.5, new DateTime(2025, 3, 1, 7, 30, 0));
            rig.Client.SendSlotStatus(DrsRig.Now, "slot-1", report);
            AssertCall(rig.Last, "POST", "https://drs.example.com/slotStatus/slot-1", "DrsSlotStatusInput@1.0", "DrsSlotStatusResult@1.0");
            Assert.AreEqual("application/json", rig.Last.ContentType);
            Assert.AreEqual(
                "{\"expectedReplenishmentDate\":\"2025-03-20T12:00:00Z\",\"remainingQuantityInUnit\":212.5,\"originalQuantityInUnit\":500,\"totalQuantityOnHand\":212.5,\"lastUseDate\":\"2025-03-01T07:30:00Z\"}",
                rig.Last.Body);
        }

        [TestMethod]
        public static void DeviceStatusPostsTheMostRecentlyActiveDate()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, string.Empty);
            rig.Client.SendDeviceStatus(DrsRig.Now, new DateTime(2015, 12, 21, 10, 0, 0));
            AssertCall(rig.Last, "POST", "https://drs.example.com/deviceStatus", "DrsDeviceStatusInput@1.0", "DrsDeviceStatusResult@1.0");
            Assert.AreEqual("application/json", rig.Last.ContentType);
            Assert.AreEqual("{\"mostRecentlyActiveDate\":\"2015-12-21T10:00:00Z\"}", rig.Last.Body);
        }

        [TestMethod]
        public static void SubscriptionInfoIsABodilessGetAskingForVersionTwo()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, "{\"slotsSubscriptionStatus\":{}}");
            rig.Client.GetSubscriptionInfo(DrsRig.Now);
            AssertCall(rig.Last, "GET", "https://drs.example.com/subscriptionInfo", "DrsSubscriptionInfoInput@1.0", "DrsSubscriptionInfoResult@2.0");
            Assert.IsNull(rig.Last.Body);
        }

        [TestMethod]
        public static void DeregistrationIsADeleteOfTheRegistration()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, "{}");
            rig.Client.Deregister(DrsRig.Now);
            AssertCall(rig.Last, "DELETE", "https://drs.example.com/registration", "DrsDeregisterInput@2.0", "DrsDeregisterResult@1.0");
            Assert.IsNull(rig.Last.Body);
        }

        [TestMethod]
        public static void OrderInfoIsAGetOfTheEvent()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, "{\"orderInfoData\":{\"instanceId\":\"amzn1.dash.v2.o.E1\",\"orderItems\":[]}}");
            rig.Client.GetOrderInfo(DrsRig.Now, "amzn1.dash.v2.o.E1");
            AssertCall(rig.Last, "GET", "https://drs.example.com/getOrderInfo/amzn1.dash.v2.o.E1", "DrsOrderInfoInput@1.0", "DrsOrderInfoResult@1.0");
            Assert.IsNull(rig.Last.Body);
        }

        [TestMethod]
        public static void CancelTestOrderDeletesTheSlotsTestOrder()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, "{\"slotOrderStatuses\":[{\"orderStatus\":\"NO_ORDER_IN_PROGRESS\",\"slotId\":\"slot-1\"}]}");
            rig.Client.CancelTestOrder(DrsRig.Now, "slot-1");
            AssertCall(rig.Last, "DELETE", "https://drs.example.com/testOrders/slots/slot-1", "DrsCancelTestOrdersInput@1.0", "DrsCancelTestOrdersResult@1.0");
            Assert.IsNull(rig.Last.Body);
        }

        [TestMethod]
        public static void CancelAllTestOrdersDeletesEveryTestOrder()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, "{\"slotOrderStatuses\":[]}");
            rig.Client.CancelAllTestOrders(DrsRig.Now);
            AssertCall(rig.Last, "DELETE", "https://drs.example.com/testOrders", "DrsCancelTestOrdersInput@1.0", "DrsCancelTestOrdersResult@1.0");
        }

        [TestMethod]
        public static void PathParametersAreEncodedAsOneSegment()
        {
            DrsRig rig = DrsRig.Provisioned();
            rig.Http.Respond(200, "{\"orderInfoData\":{}}");
            rig.Client.GetOrderInfo(DrsRig.Now, "a b/c?d#e~f");
            Assert.AreEqual("https://drs.example.com/getOrderInfo/a%20b%2Fc%3Fd%23e~f", rig.Last.Url);
        }

        [TestMethod]
        public static void ABuildWithoutItsParameterOrWithAStrayBodyIsRefused()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => DrsRequests.Build(DrsOperation.Replenish, DrsRig.BaseUrl, null, "Atza|x", null));
            Assert.ThrowsException(typeof(ArgumentException), () => DrsRequests.Build(DrsOperation.DeviceStatus, DrsRig.BaseUrl, "slot-1", "Atza|x", "{}"));
            Assert.ThrowsException(typeof(ArgumentException), () => DrsRequests.Build(DrsOperation.SubscriptionInfo, DrsRig.BaseUrl, null, "Atza|x", "{}"));
            Assert.ThrowsException(typeof(ArgumentException), () => DrsRequests.Build(DrsOperation.SlotStatus, DrsRig.BaseUrl, "slot-1", "Atza|x", null));
            Assert.ThrowsException(typeof(ArgumentException), () => DrsRequests.Build(DrsOperation.Replenish, DrsRig.BaseUrl, "sl\u00f6t", "Atza|x", null));
            Assert.ThrowsException(typeof(ArgumentException), () => DrsRequests.Build(DrsOperation.Replenish, DrsRig.BaseUrl, "slot-1", string.Empty, null));
        }

        [TestMethod]
        public static void ATokenThatCouldInjectAHeaderIsRefusedWithoutQuotingIt()
        {
            try
            {
                DrsRequests.Build(DrsOperation.Replenish, DrsRig.BaseUrl, "slot-1", "Atza|SECRET\r\nX-Evil: 1", null);
            }
            catch (ArgumentException e)
            {
                Assert.DoesNotContains("SECRET", e.Message);
                return;
            }

            Assert.IsTrue(false, "a token with CR LF was accepted");
        }

        [TestMethod]
        public static void TheRequestDescriptionHoldsNoToken()
        {
            HttpRequest request = DrsRequests.Build(DrsOperation.Replenish, DrsRig.BaseUrl, "slot-1", LwaTestData.AccessToken, null);
            Assert.AreEqual("POST https://drs.example.com/replenish/slot-1", request.ToString());
        }

        private static void AssertCall(HttpRequest request, string method, string url, string typeVersion, string acceptType)
        {
            Assert.AreEqual(method, request.Method);
            Assert.AreEqual(url, request.Url);
            Assert.AreEqual(3, request.HeaderCount, "Authorization and the two x-amzn headers");
            Assert.AreEqual("Authorization", request.HeaderAt(0).Name);
            Assert.AreEqual("Bearer " + LwaTestData.AccessToken, request.HeaderAt(0).Value, "the token as it is");
            Assert.AreEqual("x-amzn-type-version", request.HeaderAt(1).Name);
            Assert.AreEqual(P + typeVersion, request.HeaderAt(1).Value);
            Assert.AreEqual("x-amzn-accept-type", request.HeaderAt(2).Name);
            Assert.AreEqual(P + acceptType, request.HeaderAt(2).Value);
        }
    }
}
