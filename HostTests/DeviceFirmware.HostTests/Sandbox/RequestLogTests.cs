using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Sandbox.Log;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>The request log: every request, counted by endpoint and grant, with no secret in it.</summary>
    public class RequestLogTests
    {
        [Fact]
        public async Task CountsRequestsByEndpointAndGrant()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();
            await kit.RefreshAsync(refresh);
            await kit.RefreshAsync(refresh);
            await kit.ReplenishAsync(access);
            await kit.ReplenishAsync(access);
            await kit.DeviceStatusAsync(access);
            await kit.Http.GetAsync(kit.Server.BaseUrl + "/nowhere");

            RequestLog log = kit.Server.Requests;

            Assert.Equal(8, log.Count);
            Assert.Equal(1, log.CountOf(SandboxEndpoint.Authorize));
            Assert.Equal(3, log.CountOf(SandboxEndpoint.Token));
            Assert.Equal(1, log.CountOf(SandboxEndpoint.Token, "authorization_code"));
            Assert.Equal(2, log.CountOf(SandboxEndpoint.Token, "refresh_token"));
            Assert.Equal(2, log.CountOf(SandboxEndpoint.Replenish));
            Assert.Equal(3, log.CountOf(SandboxEndpoint.AnyDrs));
            Assert.Equal(8, log.CountOf(SandboxEndpoint.Any));
            Assert.Equal(1, log.CountOf(SandboxEndpoint.Unknown));
            IReadOnlyDictionary<SandboxEndpoint, int> byEndpoint = log.CountByEndpoint();
            Assert.Equal(2, byEndpoint[SandboxEndpoint.Replenish]);
            Assert.Equal(1, byEndpoint[SandboxEndpoint.DeviceStatus]);
            Assert.False(byEndpoint.ContainsKey(SandboxEndpoint.SlotStatus));
        }

        [Fact]
        public async Task RecordsTimeMethodPathStatusOutcomeAndFault_InOrder()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string _) = await kit.ProvisionAsync();
            kit.Clock.Advance(TimeSpan.FromMinutes(1));
            kit.Server.Faults.Add(SandboxEndpoint.Replenish, FaultKind.ServiceUnavailable);
            await kit.ReplenishAsync(access);
            await kit.ReplenishAsync(access);

            IReadOnlyList<RequestRecord> records = kit.Server.Requests.Snapshot();

            Assert.Equal(new long[] { 1, 2, 3, 4 }, new[] { records[0].Sequence, records[1].Sequence, records[2].Sequence, records[3].Sequence });
            Assert.Equal(("GET", "/ap/oa", 302), (records[0].Method, records[0].Path, records[0].Status));
            Assert.Equal(("POST", "/auth/o2/token", 200, "authorization_code"), (records[1].Method, records[1].Path, records[1].Status, records[1].GrantType));
            Assert.Equal((503, (FaultKind?)FaultKind.ServiceUnavailable), (records[2].Status, records[2].Fault));
            Assert.Equal((200, "TEST_ORDER_PLACED", (FaultKind?)null), (records[3].Status, records[3].Outcome, records[3].Fault));
            Assert.Equal(kit.Clock.UtcNow, records[3].Time);
            Assert.Equal(kit.Clock.UtcNow - TimeSpan.FromMinutes(1), records[0].Time);
        }

        [Fact]
        public async Task HoldsNoSecret_OnlyFingerprints_MatchingTheFirmwares()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.RotateRefreshTokens = true);
            string verifier = TestPkce.NewVerifier();
            string challenge = TestPkce.S256(verifier);
            string code = await kit.CodeAsync(challenge);
            Answer tokens = await kit.ExchangeAsync(code, verifier);
            string access = tokens.Text("access_token");
            string refresh = tokens.Text("refresh_token");
            string newRefresh = (await kit.RefreshAsync(refresh)).Text("refresh_token");
            await kit.ReplenishAsync(access);
            await kit.ExchangeAsync(code, verifier);
            await kit.ExchangeAsync(code + "x", verifier);
            await kit.RefreshAsync(refresh);

            IReadOnlyList<RequestRecord> records = kit.Server.Requests.Snapshot();
            var printed = new List<string>();
            foreach (RequestRecord record in records)
            {
                printed.Add(record.ToString());
                printed.Add(record.Outcome ?? string.Empty);
                printed.Add(record.Path);
            }

            string all = string.Join("\n", printed);
            foreach (string secret in new[] { verifier, challenge, code, access, refresh, newRefresh, access.Substring(10, 40), refresh.Substring(10, 40), "st-42" })
            {
                Assert.DoesNotContain(secret, all);
            }

            Assert.Equal(Fingerprint.Of(code), records[1].TokenFingerprint);
            Assert.Equal(Fingerprint.Of(refresh), records[2].TokenFingerprint);
            Assert.Equal(Fingerprint.Of(access), records[3].TokenFingerprint);
            Assert.Equal(DeviceFirmware.Auth.TokenFingerprint.Of(access), Fingerprint.Of(access));
            Assert.Contains("token=" + Fingerprint.Of(access), records[3].ToString());
        }

        [Fact]
        public async Task RecordedEvent_SeesEachRequest_BeforeTheClientGetsItsAnswer()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            var seen = new List<RequestRecord>();
            kit.Server.Requests.Recorded += record =>
            {
                lock (seen)
                {
                    seen.Add(record);
                }

                throw new InvalidOperationException("a watcher's failure must not fail the request");
            };

            Answer answer = await kit.AuthorizeAsync(SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier())));

            Assert.Equal(302, answer.Status);
            lock (seen)
            {
                Assert.Equal(SandboxEndpoint.Authorize, Assert.Single(seen).Endpoint);
            }
        }

        [Fact]
        public async Task Clear_ForgetsRecords_SequenceKeepsCounting()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            await kit.Http.GetAsync(kit.Server.BaseUrl + "/a");
            kit.Server.Requests.Clear();
            await kit.Http.GetAsync(kit.Server.BaseUrl + "/b");

            RequestRecord record = Assert.Single(kit.Server.Requests.Snapshot());
            Assert.Equal(2, record.Sequence);
            Assert.Equal("/b", record.Path);
            Assert.Equal(404, record.Status);
        }
    }
}
