using System;
using System.Net.Http;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>GET /getOrderInfo/{eventInstanceId} and DELETE /testOrders[/slots/{slotId}].</summary>
    public class OrderInfoAndCancelTests
    {
        [Fact]
        public async Task OrderInfo_DescribesTheOrder_PendingThenDelivered()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            string eventId = (await kit.ReplenishAsync(access)).Text("eventInstanceId");

            Answer pending = await OrderInfoAsync(kit, access, eventId);
            kit.Server.DeliverOrder(eventId);
            Answer delivered = await OrderInfoAsync(kit, access, eventId);

            Assert.Equal(200, pending.Status);
            var data = pending.Json.GetProperty("orderInfoData");
            Assert.Equal(eventId, data.GetProperty("instanceId").GetString());
            var item = Assert.Single(data.GetProperty("orderItems").EnumerateArray());
            Assert.Equal("B0SANDBOXSLOT1", item.GetProperty("asin").GetString());
            Assert.Equal(1, item.GetProperty("quantity").GetInt32());
            Assert.Equal("slot1", item.GetProperty("slotId").GetString());
            Assert.Equal("Pending", item.GetProperty("status").GetString());
            Assert.Equal("2030-01-03T00:00:00.000Z", item.GetProperty("expectedDeliveryDate").GetString());
            Assert.Equal("Delivered", delivered.Json.GetProperty("orderInfoData").GetProperty("orderItems")[0].GetProperty("status").GetString());
        }

        [Fact]
        public async Task OrderInfo_OfAnInProgressEvent_DescribesTheOrderInProgress()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            await kit.ReplenishAsync(access);
            string inProgressEvent = (await kit.ReplenishAsync(access)).Text("eventInstanceId");

            Answer answer = await OrderInfoAsync(kit, access, inProgressEvent);

            Assert.Equal("Pending", answer.Json.GetProperty("orderInfoData").GetProperty("orderItems")[0].GetProperty("status").GetString());
        }

        [Fact]
        public async Task OrderInfo_UnknownOrAnotherDevicesEvent_Is400()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            (string otherAccess, string _) = await kit.ProvisionAsync(serial: "OTHER-1");
            string otherEvent = (await kit.ReplenishAsync(otherAccess)).Text("eventInstanceId");

            Assert.Equal(400, (await OrderInfoAsync(kit, access, "amzn1.dash.v2.o.ci.unknown")).Status);
            Assert.Equal(400, (await OrderInfoAsync(kit, access, otherEvent)).Status);
        }

        [Fact]
        public async Task CancelSlot_CancelsThePendingTestOrder_SoReplenishPlacesAgain()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            string eventId = (await kit.ReplenishAsync(access)).Text("eventInstanceId");

            Answer cancel = await kit.DrsAsync(HttpMethod.Delete, "/testOrders/slots/slot1", access, DrsHeaders.CancelIn, DrsHeaders.CancelOut);

            Assert.Equal(200, cancel.Status);
            Assert.Equal("{\"slotOrderStatuses\":[{\"orderStatus\":\"NO_ORDER_IN_PROGRESS\",\"slotId\":\"slot1\"}]}", cancel.Body);
            Assert.Equal("Cancelled", (await OrderInfoAsync(kit, access, eventId)).Json.GetProperty("orderInfoData").GetProperty("orderItems")[0].GetProperty("status").GetString());
            Assert.Equal("TEST_ORDER_PLACED", (await kit.ReplenishAsync(access)).Text("detailCode"));
        }

        [Fact]
        public async Task CancelAll_ListsEverySlot_UnknownSlot404()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Slots.Add(new SandboxSlot("slot2")));
            (string access, string _) = await kit.ProvisionAsync();
            await kit.ReplenishAsync(access, "slot2");

            Answer all = await kit.DrsAsync(HttpMethod.Delete, "/testOrders", access, DrsHeaders.CancelIn, DrsHeaders.CancelOut);
            Answer unknown = await kit.DrsAsync(HttpMethod.Delete, "/testOrders/slots/slot9", access, DrsHeaders.CancelIn, DrsHeaders.CancelOut);

            Assert.Equal("{\"slotOrderStatuses\":[{\"orderStatus\":\"NO_ORDER_IN_PROGRESS\",\"slotId\":\"slot1\"},{\"orderStatus\":\"NO_ORDER_IN_PROGRESS\",\"slotId\":\"slot2\"}]}", all.Body);
            Assert.Equal(SandboxOrder.Cancelled, Assert.Single(kit.Server.Orders()).Status);
            Assert.Equal(404, unknown.Status);
        }

        [Fact]
        public async Task Cancel_NeverCancelsAStandardOrder()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync(isTestDevice: false);
            await kit.ReplenishAsync(access);

            Answer cancel = await kit.DrsAsync(HttpMethod.Delete, "/testOrders/slots/slot1", access, DrsHeaders.CancelIn, DrsHeaders.CancelOut);

            Assert.Contains("\"orderStatus\":\"ORDER_IN_PROGRESS\"", cancel.Body);
            Assert.Equal("ORDER_INPROGRESS", (await kit.ReplenishAsync(access)).Text("detailCode"));
        }

        private static Task<Answer> OrderInfoAsync(SandboxKit kit, string access, string eventId)
        {
            return kit.DrsAsync(HttpMethod.Get, "/getOrderInfo/" + Uri.EscapeDataString(eventId), access, DrsHeaders.OrderInfoIn, DrsHeaders.OrderInfoOut);
        }
    }
}
