using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Sandbox.Time;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>
    /// A sandbox on a manual clock plus an HttpClient (no automatic redirects) that speaks to it the
    /// way the companion app and the device do. One per test: state never leaks between tests.
    /// </summary>
    internal sealed class SandboxKit : IAsyncDisposable
    {
        public const string ClientId = SandboxOptions.DefaultClientId;
        public const string RedirectUri = SandboxOptions.DefaultRedirectUri;
        public const string Model = "DeviceFirmwareSim";
        public const string Serial = "240AC45E1A70";

        private SandboxKit(SandboxServer server, ManualSandboxClock clock, TimeSpan timeout)
        {
            Server = server;
            Clock = clock;
            Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = timeout };
        }

        public SandboxServer Server { get; }

        public ManualSandboxClock Clock { get; }

        public HttpClient Http { get; }

        public static async Task<SandboxKit> StartAsync(Action<SandboxOptions> configure = null, TimeSpan? clientTimeout = null)
        {
            var clock = new ManualSandboxClock();
            var options = new SandboxOptions { Clock = clock };
            configure?.Invoke(options);
            SandboxServer server = await SandboxServer.StartAsync(options);
            return new SandboxKit(server, clock, clientTimeout ?? TimeSpan.FromSeconds(10));
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
        }

        // ---- LWA authorize (what the companion app does) ----

        /// <summary>The authorize parameters a correct app sends.</summary>
        public static Dictionary<string, string> AuthorizeParameters(string challenge, string method = "S256", bool isTestDevice = true, string model = Model, string serial = Serial, string state = "st-42")
        {
            return new Dictionary<string, string>
            {
                ["client_id"] = ClientId,
                ["redirect_uri"] = RedirectUri,
                ["scope"] = "dash:replenish",
                ["response_type"] = "code",
                ["state"] = state,
                ["code_challenge"] = challenge,
                ["code_challenge_method"] = method,
                ["scope_data"] = ScopeData(model, serial, isTestDevice),
            };
        }

        public static string ScopeData(string model, string serial, bool isTestDevice)
        {
            return "{\"dash:replenish\":{\"device_model\":\"" + model + "\",\"serial\":\"" + serial + "\",\"is_test_device\":" + (isTestDevice ? "true" : "false") + "}}";
        }

        /// <summary>GET /ap/oa with these parameters, each URL-encoded.</summary>
        public Task<Answer> AuthorizeAsync(IDictionary<string, string> parameters)
        {
            var query = new StringBuilder();
            foreach (KeyValuePair<string, string> parameter in parameters)
            {
                query.Append(query.Length == 0 ? "?" : "&").Append(Uri.EscapeDataString(parameter.Key)).Append('=').Append(Uri.EscapeDataString(parameter.Value));
            }

            return AuthorizeRawAsync(query.ToString());
        }

        /// <summary>GET /ap/oa with this query string exactly (starting with ?).</summary>
        public Task<Answer> AuthorizeRawAsync(string query) => SendAsync(new HttpRequestMessage(HttpMethod.Get, Server.AuthorizeUrl + query));

        /// <summary>The query parameters of a redirect's Location.</summary>
        public static Dictionary<string, string> RedirectParameters(Answer answer)
        {
            Assert.Equal(302, answer.Status);
            string location = answer.Response.Headers.Location.OriginalString;
            int question = location.IndexOf('?');
            Assert.True(question > 0, "no query in " + location);
            var result = new Dictionary<string, string>();
            foreach (var pair in QueryHelpers.ParseQuery(location.Substring(question)))
            {
                result.Add(pair.Key, pair.Value.ToString());
            }

            return result;
        }

        /// <summary>Authorizes and returns the code (asserting a successful redirect to the registered URI).</summary>
        public async Task<string> CodeAsync(string challenge, string method = "S256", bool isTestDevice = true, string model = Model, string serial = Serial)
        {
            Answer answer = await AuthorizeAsync(AuthorizeParameters(challenge, method, isTestDevice, model, serial));
            Assert.StartsWith(RedirectUri + "?", answer.Response.Headers.Location.OriginalString);
            Dictionary<string, string> parameters = RedirectParameters(answer);
            Assert.False(parameters.ContainsKey("error"), "authorize refused: " + answer.Response.Headers.Location);
            return parameters["code"];
        }

        // ---- LWA token (what the device does) ----

        /// <summary>POST /auth/o2/token with a properly URL-encoded form.</summary>
        public Task<Answer> TokenAsync(params (string Name, string Value)[] form)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var (name, value) in form)
            {
                pairs.Add(new KeyValuePair<string, string>(name, value));
            }

            return SendAsync(new HttpRequestMessage(HttpMethod.Post, Server.TokenUrl) { Content = new FormUrlEncodedContent(pairs) });
        }

        /// <summary>POST /auth/o2/token with this body and content type exactly.</summary>
        public Task<Answer> TokenRawAsync(string body, string contentType = "application/x-www-form-urlencoded")
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return SendAsync(new HttpRequestMessage(HttpMethod.Post, Server.TokenUrl) { Content = content });
        }

        public Task<Answer> ExchangeAsync(string code, string verifier, string redirectUri = RedirectUri, string clientId = ClientId)
        {
            return TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectUri), ("client_id", clientId), ("code_verifier", verifier));
        }

        public Task<Answer> RefreshAsync(string refreshToken, string clientId = ClientId)
        {
            return TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", clientId));
        }

        /// <summary>The whole provisioning: authorize (S256 unless told) and exchange; returns the tokens.</summary>
        public async Task<(string Access, string Refresh)> ProvisionAsync(bool isTestDevice = true, string model = Model, string serial = Serial)
        {
            string verifier = TestPkce.NewVerifier();
            string code = await CodeAsync(TestPkce.S256(verifier), "S256", isTestDevice, model, serial);
            Answer tokens = await ExchangeAsync(code, verifier);
            Assert.True(tokens.Status == 200, tokens.ToString());
            return (tokens.Text("access_token"), tokens.Text("refresh_token"));
        }

        // ---- DRS (what the device does) ----

        /// <summary>A DRS call with the given headers (null leaves a header out); a JSON body when given, else Content-Length: 0 for POST.</summary>
        public Task<Answer> DrsAsync(HttpMethod method, string path, string accessToken, string typeVersion, string acceptType, string jsonBody = null)
        {
            var request = new HttpRequestMessage(method, Server.BaseUrl + path);
            if (accessToken != null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + accessToken);
            }

            if (typeVersion != null)
            {
                request.Headers.TryAddWithoutValidation("x-amzn-type-version", typeVersion);
            }

            if (acceptType != null)
            {
                request.Headers.TryAddWithoutValidation("x-amzn-accept-type", acceptType);
            }

            if (jsonBody != null)
            {
                request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
            }
            else if (method == HttpMethod.Post)
            {
                request.Content = new ByteArrayContent(Array.Empty<byte>());
            }

            return SendAsync(request);
        }

        public Task<Answer> ReplenishAsync(string accessToken, string slotId = "slot1")
        {
            return DrsAsync(HttpMethod.Post, "/replenish/" + slotId, accessToken, DrsHeaders.ReplenishIn, DrsHeaders.ReplenishOut);
        }

        public Task<Answer> SubscriptionInfoAsync(string accessToken, string acceptType = DrsHeaders.SubscriptionOutV2)
        {
            return DrsAsync(HttpMethod.Get, "/subscriptionInfo", accessToken, DrsHeaders.SubscriptionIn, acceptType);
        }

        public Task<Answer> DeviceStatusAsync(string accessToken, string body = "{\"mostRecentlyActiveDate\":\"2030-01-01T00:00:00Z\"}")
        {
            return DrsAsync(HttpMethod.Post, "/deviceStatus", accessToken, DrsHeaders.DeviceStatusIn, DrsHeaders.DeviceStatusOut, body);
        }

        public Task<Answer> DeregisterAsync(string accessToken)
        {
            return DrsAsync(HttpMethod.Delete, "/registration", accessToken, DrsHeaders.DeregisterIn, DrsHeaders.DeregisterOut);
        }

        /// <summary>Sends raw bytes over a socket (for what HttpClient will not send, e.g. a POST without Content-Length); returns the status code.</summary>
        public async Task<int> RawStatusAsync(string head, string body = "")
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", Server.Port);
            NetworkStream stream = tcp.GetStream();
            byte[] bytes = Encoding.ASCII.GetBytes(head.Replace("{host}", "127.0.0.1:" + Server.Port) + body);
            await stream.WriteAsync(bytes);
            var buffer = new byte[4096];
            int read = await stream.ReadAsync(buffer);
            string statusLine = Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
            return int.Parse(statusLine.Split(' ')[1]);
        }

        private async Task<Answer> SendAsync(HttpRequestMessage request)
        {
            using (request)
            {
                HttpResponseMessage response = await Http.SendAsync(request);
                string body = await response.Content.ReadAsStringAsync();
                return new Answer(response, body);
            }
        }
    }
}
