using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>SaveState and SandboxOptions.StatePath: a restarted sandbox knows the earlier tokens, registrations and orders; a bad file stops the start.</summary>
    public sealed class StatePersistenceTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sandbox-state-test-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public StatePersistenceTests()
        {
            Directory.CreateDirectory(_folder);
        }

        private string StatePath => Path.Combine(_folder, "sandbox-state.json");

        public void Dispose()
        {
            Directory.Delete(_folder, true);
        }

        [Fact]
        public async Task AfterARestart_TheOldRefreshAndAccessTokensWork_AndThePendingOrderIsStillInProgress()
        {
            string access;
            string refresh;
            string eventId;
            await using (SandboxKit first = await SandboxKit.StartAsync())
            {
                (access, refresh) = await first.ProvisionAsync();
                eventId = (await first.ReplenishAsync(access)).Text("eventInstanceId");
                first.Server.SaveState(StatePath);
            }

            await using SandboxKit second = await SandboxKit.StartAsync(o => o.StatePath = StatePath);

            Assert.Equal(StatePath, second.Server.RestoredFrom);
            Answer refreshed = await second.RefreshAsync(refresh);
            Assert.Equal(200, refreshed.Status);
            Assert.Equal(refresh, refreshed.Text("refresh_token"));
            Assert.Equal(200, (await second.SubscriptionInfoAsync(access)).Status);
            Assert.Equal("ORDER_INPROGRESS", (await second.ReplenishAsync(refreshed.Text("access_token"))).Text("detailCode"));
            Assert.Single(second.Server.Orders());
            Assert.Equal(SandboxOrder.Pending, second.Server.Orders()[0].Status);
            Assert.Equal(200, (await second.DrsAsync(HttpMethod.Get, "/getOrderInfo/" + Uri.EscapeDataString(eventId), access, DrsHeaders.OrderInfoIn, DrsHeaders.OrderInfoOut)).Status);
            Assert.Single(second.Server.Registrations());
            Assert.Equal(0, second.Server.Requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            second.Clock.Advance(TimeSpan.FromSeconds(3600));
            Assert.Equal("Invalid token", (await second.SubscriptionInfoAsync(access)).Message);
        }

        [Fact]
        public async Task TheFileHoldsNoTokenValue()
        {
            string access;
            string refresh;
            await using (SandboxKit kit = await SandboxKit.StartAsync())
            {
                (access, refresh) = await kit.ProvisionAsync();
                kit.Server.SaveState(StatePath);
            }

            string text = File.ReadAllText(StatePath);

            Assert.DoesNotContain("Atza|", text);
            Assert.DoesNotContain("Atzr|", text);
            Assert.DoesNotContain(access.Substring(10, 40), text);
            Assert.DoesNotContain(refresh.Substring(10, 40), text);
            Assert.False(File.Exists(StatePath + ".tmp"), "the temporary file is renamed over the state file");
        }

        [Fact]
        public async Task RevocationAndRotation_SurviveARestart()
        {
            string rotatedOut;
            string current;
            string revokedRefresh;
            string oldAccess;
            await using (SandboxKit first = await SandboxKit.StartAsync(o => o.RotateRefreshTokens = true))
            {
                (string _, string refresh1) = await first.ProvisionAsync(serial: "SERIALA");
                current = (await first.RefreshAsync(refresh1)).Text("refresh_token");
                rotatedOut = refresh1;
                (oldAccess, revokedRefresh) = await first.ProvisionAsync(serial: "SERIALB");
                Assert.True(first.Server.Deregister(SandboxKit.Model, "SERIALB"));
                first.Clock.Advance(TimeSpan.FromMinutes(30));
                first.Server.SaveState(StatePath);
            }

            await using SandboxKit second = await SandboxKit.StartAsync(o =>
            {
                o.RotateRefreshTokens = true;
                o.StatePath = StatePath;
            });

            Assert.Equal("invalid_grant", (await second.RefreshAsync(revokedRefresh)).Error);
            Assert.Equal("Invalid token", (await second.SubscriptionInfoAsync(oldAccess)).Message);
            Answer rotated = await second.RefreshAsync(current);
            Assert.Equal(200, rotated.Status);
            Assert.NotEqual(current, rotated.Text("refresh_token"));
            Assert.Equal("invalid_grant", (await second.RefreshAsync(rotatedOut)).Error);
            Assert.False(second.Server.Registrations()[1].Active);
        }

        [Fact]
        public async Task AMissingFile_IsAFreshStart()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.StatePath = StatePath);

            Assert.Null(kit.Server.RestoredFrom);
            Assert.Empty(kit.Server.Registrations());
            Assert.False(File.Exists(StatePath), "starting does not write the file");
        }

        [Theory]
        [InlineData("not json at all", "is not JSON")]
        [InlineData("{\"format\":\"something-else\",\"version\":1}", "is not a sandbox state file")]
        [InlineData("{\"format\":\"devicefirmware-sandbox-state\",\"version\":99}", "has version 99")]
        [InlineData("{\"format\":\"devicefirmware-sandbox-state\",\"version\":1,\"subscribedAtRegistration\":{}}", "lacks \"registrations\"")]
        public async Task ACorruptFile_StopsTheStart_NamingTheFileAndTheProblem_AndIsLeftAlone(string content, string problem)
        {
            File.WriteAllText(StatePath, content);

            var error = await Assert.ThrowsAsync<InvalidDataException>(() => SandboxServer.StartAsync(new SandboxOptions { StatePath = StatePath }));

            Assert.Contains(StatePath, error.Message);
            Assert.Contains(problem, error.Message);
            Assert.Contains("delete it", error.Message);
            Assert.Equal(content, File.ReadAllText(StatePath));
        }

        [Fact]
        public async Task AFileNamingAnUnconfiguredSlot_StopsTheStart_AndNothingListens()
        {
            await using (SandboxKit kit = await SandboxKit.StartAsync(o => o.Slots.Add(new SandboxSlot("slot2"))))
            {
                (string access, string _) = await kit.ProvisionAsync();
                await kit.ReplenishAsync(access, "slot2");
                kit.Server.SaveState(StatePath);
            }

            int port;
            using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            }

            var error = await Assert.ThrowsAsync<InvalidDataException>(() => SandboxServer.StartAsync(new SandboxOptions { StatePath = StatePath, Port = port }));

            Assert.Contains("slot2", error.Message);
            await Assert.ThrowsAnyAsync<SocketException>(async () =>
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
            });
        }
    }
}
