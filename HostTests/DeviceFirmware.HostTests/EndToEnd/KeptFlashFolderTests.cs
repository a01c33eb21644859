using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using DeviceFirmware.App;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Log;
using DeviceFirmware.Simulator;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>
    /// The simulator's --flash-dir: two runs of the story over one folder. The second resumes provisioned
    /// (flash, sandbox state, port and virtual clock come from the folder): no login, a working refresh, no duplicate order.
    /// </summary>
    public sealed class KeptFlashFolderTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sim-kept-flash-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, true);
            }
        }

        [Fact]
        public void ASecondRunResumesProvisioned_RefreshesAndOrdersOncePerEpisode()
        {
            SimulationReport first;
            DateTime firstEnd;
            using (SimulationRun run = new SimulationRun(new SimulationSettings { FlashDir = _folder }, null))
            {
                first = run.RunStory();
                firstEnd = run.Clock.UtcNow;
            }

            Assert.Equal(1, first.Provisionings);
            Assert.False(first.Resumed);
            string state = File.ReadAllText(Path.Combine(_folder, SimulationRun.SandboxStateFile));
            Assert.DoesNotContain("Atzr|", state);
            Assert.DoesNotContain("Atza|", state);

            var output = new StringWriter();
            using SimulationRun second = new SimulationRun(new SimulationSettings { FlashDir = _folder }, output);
            SimulationReport report = second.RunStory();

            RequestLog requests = second.Sandbox.Requests;
            Assert.True(report.Resumed, output.ToString());
            Assert.Equal(firstEnd, second.Clock.Start);
            Assert.Equal(0, requests.CountOf(SandboxEndpoint.Authorize));
            Assert.Equal(0, requests.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.Equal(0, report.Provisionings);
            Assert.Contains(requests.Snapshot(), r => r.Endpoint == SandboxEndpoint.Token && r.GrantType == "refresh_token" && r.Status == 200);
            Assert.Equal(0, report.FailedRequests);
            Assert.Equal(0, report.FirmwareErrors);
            Assert.Equal(0, report.TokenWrites);
            // Each story places two orders (the second one is the test order the maker cancels).
            Assert.Equal(2, report.Orders);
            Assert.Equal(0, report.DuplicateOrders);
            Assert.Equal(4, second.Sandbox.Orders().Count);
            Assert.Equal(4, second.Sandbox.Orders().Select(o => o.EventInstanceId).Distinct().Count());
            Assert.Single(second.Sandbox.Registrations());
            Assert.Equal(FirmwareMode.Operating, report.FinalMode);
            Assert.Contains("boots provisioned from the kept flash folder", output.ToString());
            Assert.Contains("resumed provisioned", report.ToText());
            E2E.NoSecretLogged(second);
        }

        [Fact]
        public void WhenTheSavedPortIsTaken_TheRunSaysSoAndProvisionsAgain()
        {
            using (SimulationRun run = new SimulationRun(new SimulationSettings { FlashDir = _folder }, null))
            {
                run.RunStory();
            }

            int port = int.Parse(File.ReadAllText(Path.Combine(_folder, "sandbox.port")));
            using var squatter = new TcpListener(IPAddress.Loopback, port);
            squatter.Start();
            var output = new StringWriter();
            using SimulationRun second = new SimulationRun(new SimulationSettings { FlashDir = _folder }, output);

            SimulationReport report = second.RunStory();

            Assert.Contains($"saved port {port} is taken", output.ToString());
            Assert.NotEqual(port, second.Sandbox.Port);
            Assert.Equal(1, report.Provisionings);
            Assert.Equal(FirmwareMode.Operating, report.FinalMode);
        }

        [Fact]
        public void ACorruptSandboxStateStopsTheRunAndChangesNothing()
        {
            Directory.CreateDirectory(_folder);
            string file = Path.Combine(_folder, SimulationRun.SandboxStateFile);
            File.WriteAllText(file, "{ broken");
            using SimulationRun run = new SimulationRun(new SimulationSettings { FlashDir = _folder }, null);

            var error = Assert.Throws<InvalidDataException>(() => run.Start());

            Assert.Contains(file, error.Message);
            Assert.Equal("{ broken", File.ReadAllText(file));
            Assert.False(File.Exists(Path.Combine(_folder, "tokens.a")), "nothing written to the flash folder");
        }
    }
}
