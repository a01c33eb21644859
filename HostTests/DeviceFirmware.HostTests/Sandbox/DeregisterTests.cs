using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>DELETE /registration and deregistration by the customer: the device's tokens and codes stop working.</summary>
    public class DeregisterTests
    {
        [Fact]
        public async Task Deregister_Is200_ThenDrsCallsAndRefreshFail()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();

            Answer answer = await kit.DeregisterAsync(access);

            Assert.Equal(200, answer.Status);
            Assert.Equal(DrsHeaders.DeregisterOut, answer.Header("x-amzn-type-version"));
            Answer replenish = await kit.ReplenishAsync(access);
            Assert.Equal((400, "Invalid token"), (replenish.Status, replenish.Message));
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh)).Error);
            Assert.False(Assert.Single(kit.Server.Registrations()).Active);
        }

        [Fact]
        public async Task Deregister_RevokesEveryTokenOfTheDevice_NotOfOtherDevices()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string firstAccess, string firstRefresh) = await kit.ProvisionAsync();
            (string secondAccess, string _) = await kit.ProvisionAsync();
            (string otherAccess, string otherRefresh) = await kit.ProvisionAsync(serial: "OTHER-1");

            await kit.DeregisterAsync(secondAccess);

            Assert.Equal("Invalid token", (await kit.SubscriptionInfoAsync(firstAccess)).Message);
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(firstRefresh)).Error);
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(otherAccess)).Status);
            Assert.Equal(200, (await kit.RefreshAsync(otherRefresh)).Status);
        }

        [Fact]
        public async Task Deregister_InvalidatesTheDevicesUnusedCodes()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            string verifier = TestPkce.NewVerifier();
            string pendingCode = await kit.CodeAsync(TestPkce.S256(verifier));

            await kit.DeregisterAsync(access);

            Assert.Equal("invalid_grant", (await kit.ExchangeAsync(pendingCode, verifier)).Error);
        }

        [Fact]
        public async Task ByTheCustomer_HasTheSameEffect_AndTheDeviceCanRegisterAgain()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();
            await kit.ReplenishAsync(access);

            Assert.True(kit.Server.Deregister(SandboxKit.Model, SandboxKit.Serial));
            Assert.False(kit.Server.Deregister(SandboxKit.Model, SandboxKit.Serial));

            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh)).Error);
            (string again, string _) = await kit.ProvisionAsync();
            Assert.Equal("TEST_ORDER_PLACED", (await kit.ReplenishAsync(again)).Text("detailCode"));
            Assert.Equal(2, kit.Server.Registrations().Count);
        }
    }
}
