using System;
using System.Linq;
using System.Threading.Tasks;
using DeviceFirmware.HostTests.Sandbox;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Replenishment
{
    /// <summary>
    /// End to end: the firmware's replenishment over the real host HTTP transport against the LWA + DRS
    /// sandbox, which enforces the documented headers, bodies, tokens and order semantics.
    /// </summary>
    public class SandboxReplenishmentTests
    {
        [Fact]
        public async Task OneOrderPerLowEpisode_AndEveryRequestIsAccepted()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            using DeviceUnderTest device = await DeviceUnderTest.ProvisionAsync(kit);

            device.Readings(50, 10, 10, 10, 10, 10, 10, 10);
            SandboxOrder order = Assert.Single(kit.Server.Orders());
            Assert.True(order.IsTestOrder);
            Assert.Equal("slot1", order.SlotId);
            Assert.Equal(1, kit.Server.Requests.CountOf(SandboxEndpoint.Replenish));
            Assert.Equal(SlotPhase.Ordered, device.Policy.SlotAt(0).Phase);

            kit.Server.DeliverAllOrders();
            device.Readings(100, 100, 100, 15, 15, 15, 15);
            Assert.Equal(2, kit.Server.Orders().Count);

            SandboxRegistration registration = Assert.Single(kit.Server.Registrations());
            Assert.Equal(1, registration.DeviceStatusReports);
            Assert.True(registration.Slots.Single(s => s.SlotId == "slot1").StatusReports >= 3, "50, 10, 100, 15 reported");
            Assert.All(kit.Server.Requests.Snapshot(), r => Assert.True(r.Status < 400, r.Method + " " + r.Path + " answered " + r.Status + " " + r.Outcome));
            Assert.False(device.Log.Contains("SECRET"));
        }

        [Fact]
        public async Task AnExpiredTokenCostsOneRefreshBeforeTheReplenish()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            using DeviceUnderTest device = await DeviceUnderTest.ProvisionAsync(kit);
            device.Readings(22, 19, 18);
            kit.Clock.Advance(TimeSpan.FromHours(2));
            int before = kit.Server.Requests.CountOf(SandboxEndpoint.Any);

            device.Readings(18, 18, 18);

            Assert.Equal(2, kit.Server.Requests.CountOf(SandboxEndpoint.Any) - before);
            Assert.Equal(2, kit.Server.Requests.CountOf(SandboxEndpoint.Token));
            Assert.Equal(1, kit.Server.Requests.CountOf(SandboxEndpoint.Replenish));
            Assert.Single(kit.Server.Orders());
        }

        [Fact]
        public async Task ARestartAfterTheOrderDoesNotReorder()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            using DeviceUnderTest device = await DeviceUnderTest.ProvisionAsync(kit);
            device.Readings(50, 10, 10, 10);
            kit.Server.DeliverAllOrders();

            device.Boot();
            device.Readings(10, 10, 10, 10, 10);

            Assert.Single(kit.Server.Orders());
            Assert.Equal(1, kit.Server.Requests.CountOf(SandboxEndpoint.Replenish));
        }

        [Fact]
        public async Task ADeviceTheCustomerRemovedGoesBackToProvisioning()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            using DeviceUnderTest device = await DeviceUnderTest.ProvisionAsync(kit);
            device.Readings(50);
            Assert.True(kit.Server.Deregister(SandboxKit.Model, SandboxKit.Serial));

            device.Readings(10, 10, 10);

            Assert.Equal(ReplenishmentStatus.NeedsProvisioning, device.Policy.Status);
            Assert.Null(device.Vault.Current);
            Assert.Empty(kit.Server.Orders());
        }

        [Fact]
        public async Task AnUnsubscribedSlotIsNotOrdered()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            kit.Server.SetSubscribed("slot1", false);
            using DeviceUnderTest device = await DeviceUnderTest.ProvisionAsync(kit);

            device.Readings(50, 10, 10, 10, 10);

            Assert.Empty(kit.Server.Orders());
            Assert.Equal(0, kit.Server.Requests.CountOf(SandboxEndpoint.Replenish));
            Assert.Equal(SlotPhase.Declined, device.Policy.SlotAt(0).Phase);
        }
    }
}
