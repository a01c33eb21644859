using System.Collections.Generic;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>GET /ap/oa: the companion app's LWA login, auto-approved for the test user.</summary>
    public class AuthorizeEndpointTests
    {
        [Fact]
        public async Task ValidRequest_RedirectsToTheRegisteredUri_WithCodeScopeAndState()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            Answer answer = await kit.AuthorizeAsync(SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()), state: "a b&c=d|e"));

            Assert.Equal(302, answer.Status);
            Assert.StartsWith(SandboxKit.RedirectUri + "?code=", answer.Response.Headers.Location.OriginalString);
            Dictionary<string, string> parameters = SandboxKit.RedirectParameters(answer);
            Assert.Matches("^[A-Za-z]{20}$", parameters["code"]);
            Assert.Equal("dash:replenish", parameters["scope"]);
            Assert.Equal("a b&c=d|e", parameters["state"]);
        }

        [Fact]
        public async Task UnknownClient_Is400_AndNeverRedirects()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()));
            parameters["client_id"] = "amzn1.application-oa2-client.stranger";

            Answer answer = await kit.AuthorizeAsync(parameters);

            Assert.Equal(400, answer.Status);
            Assert.Null(answer.Response.Headers.Location);
            Assert.Equal("invalid_request", answer.Error);
        }

        [Theory]
        [InlineData("amzn://com.devicefirmware.companion/")]
        [InlineData("amzn://com.devicefirmware.companion.evil")]
        [InlineData("AMZN://com.devicefirmware.companion")]
        [InlineData("https://attacker.example/cb")]
        public async Task RedirectUriNotRegisteredExactly_Is400_AndNeverRedirects(string redirectUri)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()));
            parameters["redirect_uri"] = redirectUri;

            Answer answer = await kit.AuthorizeAsync(parameters);

            Assert.Equal(400, answer.Status);
            Assert.Null(answer.Response.Headers.Location);
        }

        [Fact]
        public async Task ConfiguredClient_WithItsOwnRedirectUri_IsAccepted()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.Clients.Add(new SandboxClient("amzn1.application-oa2-client.other", "https://app.example.com/cb?x=1")));
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()));
            parameters["client_id"] = "amzn1.application-oa2-client.other";
            parameters["redirect_uri"] = "https://app.example.com/cb?x=1";

            Answer answer = await kit.AuthorizeAsync(parameters);

            Assert.StartsWith("https://app.example.com/cb?x=1&code=", answer.Response.Headers.Location.OriginalString);
        }

        [Theory]
        [InlineData("scope", "profile", "invalid_scope")]
        [InlineData("scope", "dash:replenish profile", "invalid_scope")]
        [InlineData("response_type", "token", "unsupported_response_type")]
        [InlineData("code_challenge_method", "s256", "invalid_request")]
        [InlineData("code_challenge_method", "S512", "invalid_request")]
        [InlineData("code_challenge", "tooShort", "invalid_request")]
        [InlineData("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM=", "invalid_request")]
        [InlineData("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM", "invalid_request")]
        public async Task BadParameter_RedirectsWithTheLwaError_AndTheState(string name, string value, string error)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()));
            parameters[name] = value;

            Dictionary<string, string> redirect = SandboxKit.RedirectParameters(await kit.AuthorizeAsync(parameters));

            Assert.Equal(error, redirect["error"]);
            Assert.False(string.IsNullOrEmpty(redirect["error_description"]));
            Assert.Equal("st-42", redirect["state"]);
            Assert.False(redirect.ContainsKey("code"));
        }

        [Theory]
        [InlineData("response_type")]
        [InlineData("scope")]
        [InlineData("code_challenge")]
        [InlineData("scope_data")]
        public async Task MissingParameter_RedirectsWithInvalidRequest(string name)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()));
            parameters.Remove(name);

            Dictionary<string, string> redirect = SandboxKit.RedirectParameters(await kit.AuthorizeAsync(parameters));

            Assert.Equal("invalid_request", redirect["error"]);
        }

        [Fact]
        public async Task RepeatedParameter_RedirectsWithInvalidRequest()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string challenge = TestPkce.S256(TestPkce.NewVerifier());
            string query = "?client_id=" + SandboxKit.ClientId + "&redirect_uri=" + System.Uri.EscapeDataString(SandboxKit.RedirectUri)
                + "&scope=dash%3Areplenish&scope=dash%3Areplenish&response_type=code&state=s&code_challenge=" + challenge
                + "&code_challenge_method=S256&scope_data=" + System.Uri.EscapeDataString(SandboxKit.ScopeData("M1", "S1", true));

            Dictionary<string, string> redirect = SandboxKit.RedirectParameters(await kit.AuthorizeRawAsync(query));

            Assert.Equal("invalid_request", redirect["error"]);
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[]")]
        [InlineData("{\"dash:replenish\":{\"serial\":\"S1\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M.1\",\"serial\":\"S1\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S 1\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S1\",\"is_test_device\":\"true\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S1\",\"deviceModel\":\"M1\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S1\",\"serial\":\"S2\"}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"S1\"},\"profile\":{}}")]
        [InlineData("{\"dash:replenish\":{\"device_model\":\"12345678901234567890123456789012345678901234567890123456789012345\",\"serial\":\"S1\"}}")]
        public async Task BadScopeData_RedirectsWithInvalidRequest(string scopeData)
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()));
            parameters["scope_data"] = scopeData;

            Dictionary<string, string> redirect = SandboxKit.RedirectParameters(await kit.AuthorizeAsync(parameters));

            Assert.Equal("invalid_request", redirect["error"]);
            Assert.Contains("scope_data", redirect["error_description"]);
        }

        [Fact]
        public async Task ModelAndSerial_Of64AllowedCharacters_AreAccepted()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string model = new string('M', 61) + "-+_";
            string serial = "aZ09-+_" + new string('s', 57);

            string code = await kit.CodeAsync(TestPkce.S256(TestPkce.NewVerifier()), model: model, serial: serial);

            Assert.NotNull(code);
        }

        [Fact]
        public async Task PlusInSerial_NotUrlEncoded_ArrivesAsASpace_AndIsRefused()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string challenge = TestPkce.S256(TestPkce.NewVerifier());
            // The app forgot to encode scope_data: its '+' decodes to a space, which no serial may hold.
            string query = "?client_id=" + SandboxKit.ClientId + "&redirect_uri=" + System.Uri.EscapeDataString(SandboxKit.RedirectUri)
                + "&scope=dash%3Areplenish&response_type=code&state=s&code_challenge=" + challenge + "&code_challenge_method=S256"
                + "&scope_data={\"dash:replenish\":{\"device_model\":\"M1\",\"serial\":\"A+B\"}}";

            Dictionary<string, string> redirect = SandboxKit.RedirectParameters(await kit.AuthorizeRawAsync(query));

            Assert.Equal("invalid_request", redirect["error"]);
        }

        [Fact]
        public async Task DenyConsent_RedirectsWithAccessDenied()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync(o => o.DenyConsent = true);

            Dictionary<string, string> redirect = SandboxKit.RedirectParameters(await kit.AuthorizeAsync(SandboxKit.AuthorizeParameters(TestPkce.S256(TestPkce.NewVerifier()))));

            Assert.Equal("access_denied", redirect["error"]);
            Assert.Equal("st-42", redirect["state"]);
        }

        [Fact]
        public async Task WithoutMethod_TheChallengeIsPlain_AsRfc7636Says()
        {
            await using SandboxKit kit = await SandboxKit.StartAsync();
            string verifier = TestPkce.NewVerifier();
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(verifier);
            parameters.Remove("code_challenge_method");

            string code = SandboxKit.RedirectParameters(await kit.AuthorizeAsync(parameters))["code"];

            Assert.Equal(200, (await kit.ExchangeAsync(code, verifier)).Status);
        }
    }
}
