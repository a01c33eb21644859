using System;
using System.Net.Http;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>POST /replenish/{slotId}: one order per slot until it is delivered, test or standard by the device's authorization.</summary>
    public class ReplenishTests
    {
        [Fact]
        public async Task TestDevice_Placed_ThenInProgress_ThenPlacedAgainAfterDelivery()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync(isTestDevice: true);

            Answer placed = await kit.ReplenishAsync(access);
            Answer again = await kit.ReplenishAsync(access);
            Assert.True(kit.Server.DeliverOrder(placed.Text("eventInstanceId")));
            Answer afterDelivery = await kit.ReplenishAsync(access);

            Assert.Equal(200, placed.Status);
            Assert.Equal("TEST_ORDER_PLACED", placed.Text("detailCode"));
            Assert.StartsWith("amzn1.dash.v2.o.", placed.Text("eventInstanceId"));
            Assert.Equal(DrsHeaders.ReplenishOut, placed.Header("x-amzn-type-version"));
            Assert.Equal(200, again.Status);
            Assert.Equal("ORDER_INPROGRESS", again.Text("detailCode"));
            Assert.NotEqual(placed.Text("eventInstanceId"), again.Text("eventInstanceId"));
            Assert.Equal("TEST_ORDER_PLACED", afterDelivery.Text("detailCode"));

            var orders = kit.Server.Orders();
            Assert.Equal(2, orders.Count);
            Assert.Equal(SandboxOrder.Delivered, orders[0].Status);
            Assert.Equal(SandboxOrder.Pending, orders[1].Status);
            Assert.True(orders[0].IsTestOrder);
            Assert.Equal(SandboxKit.Model, orders[0].Model);
            Assert.Equal(SandboxKit.Serial, orders[0].Serial);
        }

        [Fact]
        public async Task StandardDevice_PlacesStandardOrders()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync(isTestDevice: false);

            Answer placed = await kit.ReplenishAsync(access);

            Assert.Equal("STANDARD_ORDER_PLACED", placed.Text("detailCode"));
            Assert.False(Assert.Single(kit.Server.Orders()).IsTestOrder);
        }

        [Fact]
        public async Task DeliveryDelay_DeliversOnTheSandboxClock()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.DeliveryDelay = TimeSpan.FromDays(2));
            (string access, string refresh) = await kit.ProvisionAsync();
            await kit.ReplenishAsync(access);

            kit.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
            access = (await kit.RefreshAsync(refresh)).Text("access_token");
            Answer early = await kit.ReplenishAsync(access);
            kit.Clock.Advance(TimeSpan.FromSeconds(1));
            Answer due = await kit.ReplenishAsync(access);

            Assert.Equal("ORDER_INPROGRESS", early.Text("detailCode"));
            Assert.Equal("TEST_ORDER_PLACED", due.Text("detailCode"));
        }

        [Fact]
        public async Task DeliverAllOrders_FreesEverySlot()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Slots.Add(new SandboxSlot("slot2")));
            (string access, string _) = await kit.ProvisionAsync();
            await kit.ReplenishAsync(access, "slot1");
            await kit.ReplenishAsync(access, "slot2");

            Assert.Equal(2, kit.Server.DeliverAllOrders());
            Assert.Equal(0, kit.Server.DeliverAllOrders());
            Assert.Equal("TEST_ORDER_PLACED", (await kit.ReplenishAsync(access, "slot2")).Text("detailCode"));
        }

        [Fact]
        public async Task UnsubscribedSlot_Is400WithDrsMessage()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Slots.Add(new SandboxSlot("slot2", subscribed: false)));
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.ReplenishAsync(access, "slot2");

            Assert.Equal(400, answer.Status);
            Assert.Equal("Unable to place order - slot : slot2 is unsubscribed.", answer.Message);
            Assert.Empty(kit.Server.Orders());
        }

        [Fact]
        public async Task SetSubscribed_TakesEffectAtOnce()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            kit.Server.SetSubscribed("slot1", false);
            Answer refused = await kit.ReplenishAsync(access);
            kit.Server.SetSubscribed("slot1", true);
            Answer placed = await kit.ReplenishAsync(access);

            Assert.Equal("Unable to place order - slot : slot1 is unsubscribed.", refused.Message);
            Assert.Equal("TEST_ORDER_PLACED", placed.Text("detailCode"));
            Assert.Throws<ArgumentException>(() => kit.Server.SetSubscribed("slot9", true));
        }

        [Fact]
        public async Task UnknownSlot_Is404()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.ReplenishAsync(access, "slot9");

            Assert.Equal(404, answer.Status);
            Assert.Contains("slot9", answer.Message);
        }

        [Fact]
        public async Task ABody_Is400_AndPlacesNothing()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();

            Answer answer = await kit.DrsAsync(HttpMethod.Post, "/replenish/slot1", access, DrsHeaders.ReplenishIn, DrsHeaders.ReplenishOut, "{}");

            Assert.Equal(400, answer.Status);
            Assert.Empty(kit.Server.Orders());
        }

        [Fact]
        public async Task NoContentLength_Is411_EmptyChunkedBody_IsAccepted()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            string head = "POST /replenish/slot1 HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer " + access
                + "\r\nx-amzn-type-version: " + DrsHeaders.ReplenishIn + "\r\nx-amzn-accept-type: " + DrsHeaders.ReplenishOut + "\r\n";

            int withoutLength = await kit.RawStatusAsync(head + "Connection: close\r\n\r\n");
            int chunked = await kit.RawStatusAsync(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", "0\r\n\r\n");

            Assert.Equal(411, withoutLength);
            Assert.Equal(200, chunked);
            Assert.Single(kit.Server.Orders());
        }

        [Fact]
        public async Task OrdersAreKeptPerDevice()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string accessA, string _) = await kit.ProvisionAsync(serial: "SERIAL-A");
            (string accessB, string _) = await kit.ProvisionAsync(serial: "SERIAL-B");

            Assert.Equal("TEST_ORDER_PLACED", (await kit.ReplenishAsync(accessA)).Text("detailCode"));
            Assert.Equal("TEST_ORDER_PLACED", (await kit.ReplenishAsync(accessB)).Text("detailCode"));
            Assert.Equal("ORDER_INPROGRESS", (await kit.ReplenishAsync(accessA)).Text("detailCode"));
            Assert.Equal(2, kit.Server.Registrations().Count);
        }

        [Fact]
        public async Task ReprovisioningTheSameDevice_KeepsItsRegistrationAndPendingOrder()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string first, string _) = await kit.ProvisionAsync();
            await kit.ReplenishAsync(first);

            (string second, string _) = await kit.ProvisionAsync();

            Assert.Equal("ORDER_INPROGRESS", (await kit.ReplenishAsync(second)).Text("detailCode"));
            Assert.Single(kit.Server.Registrations());
        }
    }
}
