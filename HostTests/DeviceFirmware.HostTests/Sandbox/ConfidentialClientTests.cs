using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>
    /// A confidential client (the maker's web application): the token endpoint requires its secret, in the
    /// form or as HTTP Basic (RFC 6749 section 2.3.1), never both; its loopback redirect may be on any port.
    /// </summary>
    public class ConfidentialClientTests
    {
        private const string WebClientId = "amzn1.application-oa2-client.webapp";
        private const string WebSecret = "web-app-secret-0123456789abcdef";
        private const string WebRedirect = "http://127.0.0.1/signin-amazon";
        private const string WebRedirectOnPort = "http://127.0.0.1:54321/signin-amazon";

        [Fact]
        public async Task SecretInForm_ExchangesAndRefreshes()
        {
            await using SandboxKit kit = await StartAsync();
            (string code, string verifier) = await WebCodeAsync(kit);

            Answer tokens = await kit.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("client_id", WebClientId), ("client_secret", WebSecret), ("code_verifier", verifier));
            Assert.True(tokens.Status == 200, tokens.ToString());

            Answer refreshed = await kit.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.Text("refresh_token")), ("client_id", WebClientId), ("client_secret", WebSecret));
            Assert.True(refreshed.Status == 200, refreshed.ToString());
        }

        [Fact]
        public async Task SecretAsHttpBasic_Exchanges()
        {
            await using SandboxKit kit = await StartAsync();
            (string code, string verifier) = await WebCodeAsync(kit);

            Answer tokens = await BasicTokenAsync(kit, WebClientId, WebSecret, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("code_verifier", verifier));

            Assert.True(tokens.Status == 200, tokens.ToString());
        }

        [Fact]
        public async Task MissingOrWrongSecret_IsInvalidClient_AndDoesNotSpendTheCode()
        {
            await using SandboxKit kit = await StartAsync();
            (string code, string verifier) = await WebCodeAsync(kit);

            Answer missing = await kit.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("client_id", WebClientId), ("code_verifier", verifier));
            Answer wrong = await kit.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("client_id", WebClientId), ("client_secret", WebSecret + "x"), ("code_verifier", verifier));
            Answer wrongBasic = await BasicTokenAsync(kit, WebClientId, "not-the-secret", ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("code_verifier", verifier));

            Assert.Equal(401, missing.Status);
            Assert.Equal("invalid_client", missing.Error);
            Assert.Equal(401, wrong.Status);
            Assert.Equal("invalid_client", wrong.Error);
            Assert.Equal(401, wrongBasic.Status);
            Assert.StartsWith("Basic", wrongBasic.Header("WWW-Authenticate"));
            Assert.DoesNotContain(WebSecret, missing.Body + wrong.Body + wrongBasic.Body);

            // An unauthenticated attempt is not an exchange attempt: the code still works for the real client.
            Answer right = await kit.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("client_id", WebClientId), ("client_secret", WebSecret), ("code_verifier", verifier));
            Assert.True(right.Status == 200, right.ToString());
        }

        [Fact]
        public async Task BothMethodsAtOnce_IsInvalidRequest()
        {
            await using SandboxKit kit = await StartAsync();
            (string code, string verifier) = await WebCodeAsync(kit);

            Answer both = await BasicTokenAsync(kit, WebClientId, WebSecret, ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("client_secret", WebSecret), ("code_verifier", verifier));

            Assert.Equal(400, both.Status);
            Assert.Equal("invalid_request", both.Error);
        }

        [Fact]
        public async Task RefreshWithoutSecret_IsInvalidClient()
        {
            await using SandboxKit kit = await StartAsync();
            (string code, string verifier) = await WebCodeAsync(kit);
            Answer tokens = await kit.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", WebRedirectOnPort), ("client_id", WebClientId), ("client_secret", WebSecret), ("code_verifier", verifier));

            Answer refreshed = await kit.RefreshAsync(tokens.Text("refresh_token"), WebClientId);

            Assert.Equal(401, refreshed.Status);
            Assert.Equal("invalid_client", refreshed.Error);
        }

        [Fact]
        public async Task PublicClientPresentingASecret_IsInvalidClient()
        {
            await using SandboxKit kit = await StartAsync();
            string verifier = TestPkce.NewVerifier();
            string code = await kit.CodeAsync(TestPkce.S256(verifier));

            Answer answer = await kit.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", SandboxKit.RedirectUri), ("client_id", SandboxKit.ClientId), ("client_secret", WebSecret), ("code_verifier", verifier));

            Assert.Equal(401, answer.Status);
            Assert.Equal("invalid_client", answer.Error);
        }

        [Fact]
        public async Task LoopbackRedirect_AnyPortOnlyWhenAllowed_OtherPathRefused()
        {
            await using SandboxKit kit = await StartAsync();
            var strict = new SandboxClient("strict-public", "http://127.0.0.1:8080/cb");

            Assert.True(strict.AcceptsRedirect("http://127.0.0.1:8080/cb"));
            Assert.False(strict.AcceptsRedirect("http://127.0.0.1:8081/cb"));
            Answer otherPath = await kit.AuthorizeAsync(WebParameters("http://127.0.0.1:54321/elsewhere", TestPkce.S256(TestPkce.NewVerifier())));
            Assert.Equal(400, otherPath.Status);
        }

        [Fact]
        public void ConfidentialClient_RefusesAPlainHttpRedirectOffLoopback_AndAShortSecret()
        {
            Assert.Throws<ArgumentException>(() => SandboxClient.Confidential(WebClientId, WebSecret, false, "http://example.com/cb"));
            Assert.Throws<ArgumentException>(() => SandboxClient.Confidential(WebClientId, "short", false, "https://example.com/cb"));
            Assert.True(SandboxClient.Confidential(WebClientId, WebSecret, false, "https://example.com/cb").IsConfidential);
        }

        private static Task<SandboxKit> StartAsync()
        {
            return SandboxKit.StartAsync(options => options.Clients.Add(SandboxClient.Confidential(WebClientId, WebSecret, true, WebRedirect)));
        }

        private static Dictionary<string, string> WebParameters(string redirect, string challenge)
        {
            Dictionary<string, string> parameters = SandboxKit.AuthorizeParameters(challenge);
            parameters["client_id"] = WebClientId;
            parameters["redirect_uri"] = redirect;
            return parameters;
        }

        private static async Task<(string Code, string Verifier)> WebCodeAsync(SandboxKit kit)
        {
            string verifier = TestPkce.NewVerifier();
            Answer answer = await kit.AuthorizeAsync(WebParameters(WebRedirectOnPort, TestPkce.S256(verifier)));
            Assert.StartsWith(WebRedirectOnPort + "?", answer.Response.Headers.Location.OriginalString);
            return (SandboxKit.RedirectParameters(answer)["code"], verifier);
        }

        private static async Task<Answer> BasicTokenAsync(SandboxKit kit, string clientId, string secret, params (string Name, string Value)[] form)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var (name, value) in form)
            {
                pairs.Add(new KeyValuePair<string, string>(name, value));
            }

            var request = new HttpRequestMessage(HttpMethod.Post, kit.Server.TokenUrl) { Content = new FormUrlEncodedContent(pairs) };
            string credentials = Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
            HttpResponseMessage response = await kit.Http.SendAsync(request);
            return new Answer(response, await response.Content.ReadAsStringAsync());
        }
    }
}
