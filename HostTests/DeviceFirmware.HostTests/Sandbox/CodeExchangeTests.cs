using System;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>POST /auth/o2/token with grant_type=authorization_code: PKCE, single use, lifetime, exact binding.</summary>
    public class CodeExchangeTests
    {
        [Fact]
        public async Task S256_HappyPath_AnswersLwaTokenJson()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Answer answer = await kit.ExchangeAsync(code, verifier);

            Assert.Equal(200, answer.Status);
            Assert.StartsWith("application/json", answer.Header("Content-Type"));
            Assert.Equal("no-store", answer.Header("Cache-Control"));
            string access = answer.Text("access_token");
            string refresh = answer.Text("refresh_token");
            Assert.StartsWith("Atza|", access);
            Assert.StartsWith("Atzr|", refresh);
            Assert.Contains("+", access);
            Assert.Contains("/", refresh);
            Assert.InRange(access.Length, 100, 2048);
            Assert.NotEqual(access.Substring(5), refresh.Substring(5));
            Assert.Equal("bearer", answer.Text("token_type"));
            Assert.Equal(3600, answer.Json.GetProperty("expires_in").GetInt32());
            Assert.Contains("\"access_token\":\"Atza|IwE+/", answer.Body);
        }

        [Fact]
        public async Task Plain_HappyPath()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier() + "-._~0123456789";
            string code = await kit.CodeAsync(verifier, "plain");

            Answer answer = await kit.ExchangeAsync(code, verifier);

            Assert.Equal(200, answer.Status);
        }

        [Fact]
        public async Task Rfc7636AppendixB_VerifierMatchesItsChallenge()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string code = await kit.CodeAsync("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

            Answer answer = await kit.ExchangeAsync(code, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

            Assert.Equal(200, answer.Status);
        }

        [Fact]
        public async Task ExpiresInAsString_Option_SendsAJsonString()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o =>
            {
                o.ExpiresInAsString = true;
                o.AccessTokenLifetime = TimeSpan.FromSeconds(3573);
            });
            (string access, string refresh) = await kit.ProvisionAsync();

            Answer answer = await kit.RefreshAsync(refresh);

            Assert.Equal("3573", answer.Text("expires_in"));
        }

        [Fact]
        public async Task WrongVerifier_IsInvalidGrant_AndSpendsTheCode()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Answer wrong = await kit.ExchangeAsync(code, TestPkce.NewVerifier());
            Answer retry = await kit.ExchangeAsync(code, verifier);

            Assert.Equal(400, wrong.Status);
            Assert.Equal("invalid_grant", wrong.Error);
            Assert.False(string.IsNullOrEmpty(wrong.Text("error_description")));
            Assert.Equal("invalid_grant", retry.Error);
        }

        [Fact]
        public async Task S256Code_WithTheChallengeSentAsVerifier_IsInvalidGrant()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string challenge = TestPkce.S256(TestPkce.NewVerifier());
            string code = await kit.CodeAsync(challenge);

            Assert.Equal("invalid_grant", (await kit.ExchangeAsync(code, challenge)).Error);
        }

        [Fact]
        public async Task PlainCode_WithTheS256OfTheVerifier_IsInvalidGrant()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(verifier, "plain");

            Assert.Equal("invalid_grant", (await kit.ExchangeAsync(code, TestPkce.S256(verifier) + "x")).Error);
        }

        [Fact]
        public async Task ReusedCode_IsInvalidGrant_AndRevokesTheTokensIssuedFromIt()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));
            Answer first = await kit.ExchangeAsync(code, verifier);
            string access = first.Text("access_token");
            string refresh = first.Text("refresh_token");
            Assert.Equal(200, (await kit.SubscriptionInfoAsync(access)).Status);

            Answer second = await kit.ExchangeAsync(code, verifier);

            Assert.Equal(400, second.Status);
            Assert.Equal("invalid_grant", second.Error);
            Assert.Equal("invalid_grant", (await kit.RefreshAsync(refresh)).Error);
            Answer drs = await kit.SubscriptionInfoAsync(access);
            Assert.Equal(400, drs.Status);
            Assert.Equal("Invalid token", drs.Message);
        }

        [Fact]
        public async Task ExpiredCode_IsInvalidGrant_ButOneSecondEarlierItWorks()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier1 = TestPkce.NewVerifier();
            string code1 = await kit.CodeAsync(TestPkce.S256(verifier1));
            string verifier2 = TestPkce.NewVerifier();
            string code2 = await kit.CodeAsync(TestPkce.S256(verifier2));

            kit.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
            Answer inTime = await kit.ExchangeAsync(code1, verifier1);
            kit.Clock.Advance(TimeSpan.FromSeconds(1));
            Answer late = await kit.ExchangeAsync(code2, verifier2);

            Assert.Equal(200, inTime.Status);
            Assert.Equal("invalid_grant", late.Error);
            Assert.Contains("expired", late.Text("error_description"));
        }

        [Fact]
        public async Task CodeLifetime_IsConfigurable()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.AuthorizationCodeLifetime = TimeSpan.FromSeconds(30));
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            kit.Clock.Advance(TimeSpan.FromSeconds(30));

            Assert.Equal("invalid_grant", (await kit.ExchangeAsync(code, verifier)).Error);
        }

        [Theory]
        [InlineData("amzn://com.devicefirmware.companion/")]
        [InlineData("amzn://com.devicefirmware.Companion")]
        [InlineData("amzn%3A%2F%2Fcom.devicefirmware.companion")]
        public async Task RedirectUriNotExactlyTheAuthorizedOne_IsInvalidGrant(string redirectUri)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Assert.Equal("invalid_grant", (await kit.ExchangeAsync(code, verifier, redirectUri: redirectUri)).Error);
        }

        [Fact]
        public async Task UnknownClientId_Is401InvalidClient_AndLeavesTheCodeUsable()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Answer unknown = await kit.ExchangeAsync(code, verifier, clientId: "amzn1.application-oa2-client.stranger");

            Assert.Equal(401, unknown.Status);
            Assert.Equal("invalid_client", unknown.Error);
            Assert.Equal(200, (await kit.ExchangeAsync(code, verifier)).Status);
        }

        [Fact]
        public async Task AnotherRegisteredClient_IsInvalidGrant()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Clients.Add(new SandboxClient("amzn1.application-oa2-client.other", "https://other.example/cb")));
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Answer answer = await kit.ExchangeAsync(code, verifier, clientId: "amzn1.application-oa2-client.other");

            Assert.Equal(400, answer.Status);
            Assert.Equal("invalid_grant", answer.Error);
        }

        [Theory]
        [InlineData("code")]
        [InlineData("redirect_uri")]
        [InlineData("client_id")]
        [InlineData("code_verifier")]
        public async Task MissingParameter_IsInvalidRequest_AndChangesNothing(string missing)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));
            var form = new System.Collections.Generic.List<(string, string)> { ("grant_type", "authorization_code") };
            foreach (var (name, value) in new[] { ("code", code), ("redirect_uri", SandboxKit.RedirectUri), ("client_id", SandboxKit.ClientId), ("code_verifier", verifier) })
            {
                if (name != missing)
                {
                    form.Add((name, value));
                }
            }

            Answer answer = await kit.TokenAsync(form.ToArray());

            Assert.Equal(400, answer.Status);
            Assert.Equal("invalid_request", answer.Error);
            Assert.Equal(200, (await kit.ExchangeAsync(code, verifier)).Status);
        }

        [Theory]
        [InlineData("short")]
        [InlineData("0123456789012345678901234567890123456789012+")]
        public async Task MalformedVerifier_IsInvalidRequest_AndLeavesTheCodeUsable(string badVerifier)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Assert.Equal("invalid_request", (await kit.ExchangeAsync(code, badVerifier)).Error);
            Assert.Equal(200, (await kit.ExchangeAsync(code, verifier)).Status);
        }

        [Fact]
        public async Task UnknownCode_IsInvalidGrant()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();

            Assert.Equal("invalid_grant", (await kit.ExchangeAsync("ABCDEFGHIJKLMNOPQRST", TestPkce.NewVerifier())).Error);
        }

        [Fact]
        public async Task UnknownGrantType_IsUnsupportedGrantType()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();

            Answer answer = await kit.TokenAsync(("grant_type", "password"), ("client_id", SandboxKit.ClientId));

            Assert.Equal(400, answer.Status);
            Assert.Equal("unsupported_grant_type", answer.Error);
        }

        [Fact]
        public async Task RepeatedParameter_IsInvalidRequest()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();

            Answer answer = await kit.TokenAsync(("grant_type", "refresh_token"), ("grant_type", "refresh_token"), ("refresh_token", "Atzr|x"), ("client_id", SandboxKit.ClientId));

            Assert.Equal("invalid_request", answer.Error);
        }

        [Fact]
        public async Task JsonBody_IsInvalidRequest()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();

            Answer answer = await kit.TokenRawAsync("{\"grant_type\":\"refresh_token\"}", "application/json");

            Assert.Equal(400, answer.Status);
            Assert.Equal("invalid_request", answer.Error);
        }

        [Fact]
        public async Task TokenNotUrlEncoded_FailsEveryTime_BecauseItsPlusBecomesASpace()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            (string _, string refresh) = await kit.ProvisionAsync();

            Answer raw = await kit.TokenRawAsync("grant_type=refresh_token&refresh_token=" + refresh + "&client_id=" + SandboxKit.ClientId);
            Answer encoded = await kit.TokenRawAsync("grant_type=refresh_token&refresh_token=" + Uri.EscapeDataString(refresh) + "&client_id=" + SandboxKit.ClientId);

            Assert.Equal("invalid_grant", raw.Error);
            Assert.Equal(200, encoded.Status);
        }
    }
}
