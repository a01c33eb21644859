using System;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>POST /auth/o2/token with grant_type=refresh_token: with and without rotation, revocation, access-token expiry.</summary>
    public class RefreshGrantTests
    {
        [Fact]
        public async Task WithoutRotation_GivesANewAccessToken_AndRepeatsTheRefreshToken()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();

            Answer first = await kit.RefreshAsync(refresh);
            Answer second = await kit.RefreshAsync(refresh);

            Assert.Equal(200, first.Status);
            Assert.Equal(refresh, first.Text("refresh_token"));
            Assert.Equal(refresh, second.Text("refresh_token"));
            string newAccess = first.Text("access_token");
            Assert.StartsWith("Atza|", newAccess);
            Assert.NotEqual(access, newAccess);
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(newAccess)).Status);
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(access)).Status);
        }

        [Fact]
        public async Task RefreshResponseRepeatsRefreshTokenOff_OmitsIt()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.RefreshResponseRepeatsRefreshToken = false);
            (string _, string refresh) = await kit.ProvisionAsync();

            Answer answer = await kit.RefreshAsync(refresh);

            Assert.Equal(200, answer.Status);
            Assert.False(answer.Json.TryGetProperty("refresh_token", out _));
            Assert.Equal(200, (await kit.RefreshAsync(refresh)).Status);
        }

        [Fact]
        public async Task WithRotation_EachRefreshGivesANewRefreshToken_AndTheOldOneStops()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.RotateRefreshTokens = true);
            (string _, string refresh1) = await kit.ProvisionAsync();

            Answer first = await kit.RefreshAsync(refresh1);
            string refresh2 = first.Text("refresh_token");
            Answer second = await kit.RefreshAsync(refresh2);
            string refresh3 = second.Text("refresh_token");

            Assert.StartsWith("Atzr|", refresh2);
            Assert.NotEqual(refresh1, refresh2);
            Assert.NotEqual(refresh2, refresh3);
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(second.Text("access_token"))).Status);
        }

        [Fact]
        public async Task WithRotation_ReusingAReplacedToken_RevokesTheWholeFamily()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.RotateRefreshTokens = true);
            (string _, string refresh1) = await kit.ProvisionAsync();
            Answer rotated = await kit.RefreshAsync(refresh1);
            string refresh2 = rotated.Text("refresh_token");
            string access2 = rotated.Text("access_token");

            Answer reuse = await kit.RefreshAsync(refresh1);

            Assert.Equal("invalid_grant", reuse.Error);
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh2)).Error);
            Assert.Equal("Invalid token", (await kit.SubscriptionInfoAsync(access2)).Message);
        }

        [Fact]
        public async Task WithRotation_AndReuseDetectionOff_OnlyTheReplacedTokenFails()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o =>
            {
                o.RotateRefreshTokens = true;
                o.RevokeFamilyOnRefreshTokenReuse = false;
            });
            (string _, string refresh1) = await kit.ProvisionAsync();
            string refresh2 = (await kit.RefreshAsync(refresh1)).Text("refresh_token");

            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh1)).Error);
            Assert.Equal(200, (await kit.RefreshAsync(refresh2)).Status);
        }

        [Fact]
        public async Task RevokedRefreshToken_IsInvalidGrant_AndItsAccessTokenIsInvalid()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();

            Assert.Equal(1, kit.Server.RevokeAllTokens());

            Answer answer = await kit.RefreshAsync(refresh);
            Assert.Equal(400, answer.Status);
            Assert.Equal("invalid_grant", answer.Error);
            Assert.Equal("Invalid token", (await kit.ReplenishAsync(access)).Message);
        }

        [Fact]
        public async Task AfterRevocation_ProvisioningAgain_Works()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            await kit.ProvisionAsync();
            kit.Server.RevokeAllTokens();

            (string access, string _) = await kit.ProvisionAsync();

            Assert.Equal(200, (await kit.SubscriptionInfoAsync(access)).Status);
        }

        [Fact]
        public async Task RefreshByAnotherRegisteredClient_IsInvalidGrant_ByAnUnknownOne401()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Clients.Add(new SandboxClient("amzn1.application-oa2-client.other", "https://other.example/cb")));
            (string _, string refresh) = await kit.ProvisionAsync();

            Answer other = await kit.RefreshAsync(refresh, "amzn1.application-oa2-client.other");
            Answer unknown = await kit.RefreshAsync(refresh, "amzn1.application-oa2-client.stranger");

            Assert.Equal("invalid_grant", other.Error);
            Assert.Equal(401, unknown.Status);
            Assert.Equal("invalid_client", unknown.Error);
            Assert.Equal(200, (await kit.RefreshAsync(refresh)).Status);
        }

        [Fact]
        public async Task UnknownOrMissingRefreshToken()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();

            Assert.Equal("invalid_grant", (await kit.RefreshAsync("Atzr|IwE+/unknown")).Error);
            Assert.Equal("invalid_request", (await kit.TokenAsync(("grant_type", "refresh_token"), ("client_id", SandboxKit.ClientId))).Error);
        }

        [Fact]
        public async Task AccessToken_ExpiresAfterItsLifetime_OnTheSandboxClock()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string access, string refresh) = await kit.ProvisionAsync();

            kit.Clock.Advance(TimeSpan.FromSeconds(3599));
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(access)).Status);
            kit.Clock.Advance(TimeSpan.FromSeconds(1));
            Answer expired = await kit.SubscriptionInfoAsync(access);
            Answer refreshed = await kit.RefreshAsync(refresh);

            Assert.Equal(400, expired.Status);
            Assert.Equal("Invalid token", expired.Message);
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(refreshed.Text("access_token"))).Status);
        }
    }
}
