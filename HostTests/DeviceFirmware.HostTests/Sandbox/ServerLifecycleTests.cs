using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>Start and stop in-process on 127.0.0.1: a free port, fast, and nothing left behind.</summary>
    public class ServerLifecycleTests
    {
        private readonly ITestOutputHelper _output;

        public ServerLifecycleTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task BindsLoopbackOnAFreePort_AndReleasesItOnDispose()
        {
            SandboxServer server = SandboxServer.Start();
            int port = server.Port;

            Assert.True(port > 0);
            Assert.Equal("http://127.0.0.1:" + port, server.BaseUrl);
            Assert.Equal(server.BaseUrl + "/ap/oa", server.AuthorizeUrl);
            Assert.Equal(server.BaseUrl + "/auth/o2/token", server.TokenUrl);
            using (var client = new TcpClient())
            {
                await client.ConnectAsync("127.0.0.1", port);
            }

            server.Dispose();
            server.Dispose();

            await Assert.ThrowsAnyAsync<SocketException>(async () =>
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
            });
        }

        [Fact]
        public async Task ManyServers_StartFast_OnDistinctPorts()
        {
            // Warm-up: the first start in a process loads ASP.NET Core (unless another test did already).
            var warmUp = Stopwatch.StartNew();
            await (await SandboxServer.StartAsync()).DisposeAsync();
            _output.WriteLine($"first start+stop in this test: {warmUp.Elapsed.TotalMilliseconds:F0} ms");
            const int Count = 10;
            var servers = new SandboxServer[Count];
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < Count; i++)
            {
                servers[i] = await SandboxServer.StartAsync();
            }

            TimeSpan started = watch.Elapsed;
            var ports = new System.Collections.Generic.HashSet<int>();
            foreach (SandboxServer server in servers)
            {
                ports.Add(server.Port);
                await server.DisposeAsync();
            }

            TimeSpan total = watch.Elapsed;
            _output.WriteLine($"{Count} starts: {started.TotalMilliseconds / Count:F1} ms each; start+stop {total.TotalMilliseconds / Count:F1} ms each");
            Assert.Equal(Count, ports.Count);
            Assert.True(started < TimeSpan.FromSeconds(Count * 0.5), "starting took " + started);
        }

        [Fact]
        public void FixedPortInUse_FailsToStart_WithAnIOException()
        {
            using SandboxServer first = SandboxServer.Start();

            Assert.ThrowsAny<IOException>(() => SandboxServer.Start(new SandboxOptions { Port = first.Port }));
        }

        [Fact]
        public void BadOptions_AreRefusedAtStart_NamingTheOption()
        {
            var zeroLifetime = new SandboxOptions { AuthorizationCodeLifetime = TimeSpan.Zero };
            var hugeTokens = new SandboxOptions { TokenRandomBytes = 5000 };
            var duplicateSlot = new SandboxOptions();
            duplicateSlot.Slots.Add(new SandboxSlot("slot1"));
            var longHold = new SandboxOptions { DefaultTimeoutHold = TimeSpan.FromMinutes(1) };

            Assert.Contains("AuthorizationCodeLifetime", Assert.Throws<ArgumentException>(() => SandboxServer.Start(zeroLifetime)).Message);
            Assert.Contains("TokenRandomBytes", Assert.Throws<ArgumentException>(() => SandboxServer.Start(hugeTokens)).Message);
            Assert.Contains("Slots", Assert.Throws<ArgumentException>(() => SandboxServer.Start(duplicateSlot)).Message);
            Assert.Contains("DefaultTimeoutHold", Assert.Throws<ArgumentException>(() => SandboxServer.Start(longHold)).Message);
            Assert.Throws<ArgumentException>(() => new SandboxClient("amzn1.application-oa2-client.x"));
            Assert.Throws<ArgumentException>(() => new SandboxClient("amzn1.application-oa2-client.x", "not a uri"));
        }

        [Fact]
        public async Task OptionsAreReadOnce_LaterChangesDoNotReachTheServer()
        {
            var options = new SandboxOptions { Clock = new DeviceFirmware.Sandbox.Time.ManualSandboxClock() };
            await using SandboxServer server = await SandboxServer.StartAsync(options);
            options.Clients.Clear();
            options.DenyConsent = true;
            using var http = new System.Net.Http.HttpClient(new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });
            string query = "?client_id=" + SandboxOptions.DefaultClientId + "&redirect_uri=" + Uri.EscapeDataString(SandboxOptions.DefaultRedirectUri)
                + "&scope=dash%3Areplenish&response_type=code&code_challenge=" + TestPkce.S256(TestPkce.NewVerifier())
                + "&code_challenge_method=S256&scope_data=" + Uri.EscapeDataString(SandboxKit.ScopeData("M1", "S1", true));

            var response = await http.GetAsync(server.AuthorizeUrl + query);

            Assert.Equal(302, (int)response.StatusCode);
            Assert.Contains("code=", response.Headers.Location.OriginalString);
        }

        [Fact]
        public void ManualClock_NeverRunsBackwards()
        {
            var clock = new DeviceFirmware.Sandbox.Time.ManualSandboxClock(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
            clock.Advance(TimeSpan.FromDays(1));

            Assert.Equal(new DateTimeOffset(2030, 1, 2, 0, 0, 0, TimeSpan.Zero), clock.UtcNow);
            Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
            Assert.Throws<ArgumentOutOfRangeException>(() => clock.Set(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        }
    }
}
