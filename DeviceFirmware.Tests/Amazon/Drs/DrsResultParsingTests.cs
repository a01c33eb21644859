using DeviceFirmware.Drs;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Drs
{
    /// <summary>The documented result bodies: subscription info v1 and v2, order info, cancelled test orders.</summary>
    [TestClass]
    public class DrsResultParsingTests
    {
        [TestMethod]
        public static void SubscriptionInfoVersionOneIsRead()
        {
            SubscriptionInfo info = SubscriptionInfo.Parse(200, "{\"slotsSubscriptionStatus\":{\"slot1\":true,\"slot2\":false}}");
            Assert.AreEqual(2, info.SlotCount);
            Assert.IsTrue(info.Find("slot1").Subscribed);
            Assert.IsFalse(info.Find("slot2").Subscribed);
            Assert.AreEqual(0, info.Find("slot1").ProductCount);
            Assert.IsNull(info.Find("slot3"));
        }

        [TestMethod]
        public static void SubscriptionInfoVersionTwoIsReadWithProducts()
        {
            SubscriptionInfo info = SubscriptionInfo.Parse(200,
                "{\"slotsSubscriptionStatus\":{\"slot1\":{\"subscribed\":true,\"productInfoList\":[{\"asin\":\"B00TEST\",\"quantity\":2.5,\"unit\":\"kg\"}]},\"slot2\":{\"subscribed\":false}}}");
            SlotSubscription slot1 = info.Find("slot1");
            Assert.IsTrue(slot1.Subscribed);
            Assert.AreEqual(1, slot1.ProductCount);
            Assert.AreEqual("B00TEST", slot1.ProductAt(0).Asin);
            Assert.AreEqual(2.5, slot1.ProductAt(0).Quantity);
            Assert.AreEqual("kg", slot1.ProductAt(0).Unit);
            Assert.IsFalse(info.Find("slot2").Subscribed);
            Assert.AreEqual(0, info.Find("slot2").ProductCount);
        }

        [TestMethod]
        public static void MalformedSubscriptionInfoIsABadResponse()
        {
            string[] bodies = new string[]
            {
                "{}",
                "{\"slotsSubscriptionStatus\":[]}",
                "{\"slotsSubscriptionStatus\":{\"slot1\":\"yes\"}}",
                "{\"slotsSubscriptionStatus\":{\"slot1\":{\"productInfoList\":[]}}}",
                "{\"slotsSubscriptionStatus\":{\"slot1\":{\"subscribed\":true,\"productInfoList\":[1]}}}",
            };
            for (int i = 0; i < bodies.Length; i++)
            {
                DrsException e = DrsRig.Failure(() => SubscriptionInfo.Parse(200, bodies[i]));
                Assert.AreEqual((object)DrsFailure.BadResponse, (object)e.Failure);
                Assert.AreEqual(200, e.StatusCode);
                Assert.Contains("subscription info", e.Message);
            }
        }

        [TestMethod]
        public static void OrderInfoIsRead()
        {
            OrderInfo info = OrderInfo.Parse(200,
                "{\"orderInfoData\":{\"instanceId\":\"amzn1.E1\",\"orderItems\":[{\"asin\":\"B00TEST\",\"expectedDeliveryDate\":\"2017-01-05T07:59:59.000Z\",\"quantity\":1,\"slotId\":\"slot1\",\"status\":\"Pending\"}]}}");
            Assert.AreEqual("amzn1.E1", info.InstanceId);
            Assert.AreEqual(1, info.ItemCount);
            OrderItem item = info.ItemAt(0);
            Assert.AreEqual("slot1", item.SlotId);
            Assert.AreEqual("B00TEST", item.Asin);
            Assert.AreEqual("Pending", item.Status);
            Assert.AreEqual("2017-01-05T07:59:59.000Z", item.ExpectedDeliveryDate);
            Assert.AreEqual(1.0, item.Quantity);
        }

        [TestMethod]
        public static void OrderInfoWithoutItsDataIsABadResponse()
        {
            DrsException e = DrsRig.Failure(() => OrderInfo.Parse(200, "{\"orderItems\":[]}"));
            Assert.AreEqual((object)DrsFailure.BadResponse, (object)e.Failure);
            Assert.Contains("orderInfoData", e.Message);
        }

        [TestMethod]
        public static void CancelledTestOrdersAreRead()
        {
            CancelTestOrdersResult result = CancelTestOrdersResult.Parse(DrsOperation.CancelAllTestOrders, 200,
                "{\"slotOrderStatuses\":[{\"orderStatus\":\"NO_ORDER_IN_PROGRESS\",\"slotId\":\"slot1\"},{\"orderStatus\":\"NO_ORDER_IN_PROGRESS\",\"slotId\":\"slot2\"}]}");
            Assert.AreEqual(2, result.SlotCount);
            Assert.AreEqual("slot2", result.SlotAt(1).SlotId);
            Assert.AreEqual(SlotOrderStatus.NoOrderInProgress, result.SlotAt(0).OrderStatus);
        }

        [TestMethod]
        public static void UnknownMembersAreIgnored()
        {
            ReplenishResult result = ReplenishResult.Parse(200, "{\"detailCode\":\"ORDER_INPROGRESS\",\"eventInstanceId\":\"E9\",\"extra\":{\"a\":[1,2]}}");
            Assert.AreEqual((object)ReplenishDetail.OrderInProgress, (object)result.Detail);
        }

        [TestMethod]
        public static void SlotStatusRefusesImpossibleQuantities()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => new SlotStatusReport(DrsRig.Now, -1, 500, 0, DrsRig.Now));
            Assert.ThrowsException(typeof(System.ArgumentException), () => new SlotStatusReport(DrsRig.Now, double.NaN, 500, 0, DrsRig.Now));
        }

        [TestMethod]
        public static void SlotStatusWritesFractionsWithAtMostThreeDigits()
        {
            SlotStatusReport report = new SlotStatusReport(new System.DateTime(2025, 3, 1), 0.12345, 1, 0, new System.DateTime(2025, 3, 1));
            Assert.Contains("\"remainingQuantityInUnit\":0.123,", report.ToJson());
            Assert.Contains("\"totalQuantityOnHand\":0,", report.ToJson());
        }
    }
}
