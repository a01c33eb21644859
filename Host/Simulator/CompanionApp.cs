using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using DeviceFirmware.Auth;
using DeviceFirmware.Host.Ble;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// What a real companion app does (docs/provisioning-protocol.md): connects over BLE, reads model,
    /// serial and the PKCE challenge, logs the user in at the LWA authorize endpoint with scope_data,
    /// follows the redirect to get the code, and writes code, redirect URI, client ID and Wi-Fi
    /// credentials through the framed characteristics, then commits. Prints fingerprints, never a secret.
    /// </summary>
    public sealed class CompanionApp : IDisposable
    {
        private readonly HttpClient _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(15) };
        private readonly string _authorizeUrl;
        private readonly string _clientId;
        private readonly string _redirectUri;
        private readonly string _ssid;
        private readonly string _password;
        private readonly bool _testDevice;
        private readonly StoryLog _log;
        private int _logins;

        /// <summary>An app registered as <paramref name="clientId"/> with <paramref name="redirectUri"/>, knowing the home Wi-Fi.</summary>
        public CompanionApp(string authorizeUrl, string clientId, string redirectUri, string ssid, string password, bool testDevice, StoryLog log)
        {
            _authorizeUrl = authorizeUrl;
            _clientId = clientId;
            _redirectUri = redirectUri;
            _ssid = ssid;
            _password = password;
            _testDevice = testDevice;
            _log = log;
        }

        /// <summary>The BLE client of the current connection.</summary>
        public CompanionClient Client { get; private set; }

        /// <summary>The attempt last committed.</summary>
        public byte CommittedAttempt { get; private set; }

        /// <summary>The code last obtained, kept for a fault test that replays it (never printed).</summary>
        public string LastCode { get; private set; }

        /// <summary>Connects to the device over BLE (in-memory GATT, encrypted Just Works link).</summary>
        public void Connect(InMemoryGattPeripheral peripheral)
        {
            Client = new CompanionClient(peripheral.Connect(185, encrypted: true));
            Client.SubscribeStatus();
        }

        /// <summary>Reads info and challenge, logs in at LWA, writes every value and commits. Returns false (saying why) when a step fails.</summary>
        public bool ProvisionOnce(string codeOverride = null)
        {
            DeviceInfo info = Client.ReadInfo();
            ChallengeInfo challenge = Client.ReadChallenge();
            if (info.WebAppFlow)
            {
                return SendWifiOnly(info, challenge.Attempt);
            }

            _log.Story($"app: device {info.DeviceModel} serial {info.Serial} firmware {info.FirmwareVersion}; challenge {challenge.Method} for attempt {challenge.Attempt}");
            string code = codeOverride ?? Login(info.DeviceModel, info.Serial, challenge.Challenge, challenge.Method);
            if (code == null)
            {
                return false;
            }

            LastCode = code;
            byte error = Client.SendAll(_ssid, _password, code, _redirectUri, _clientId);
            if (error == 0)
            {
                error = Client.Commit(challenge.Attempt);
            }

            if (error != 0)
            {
                _log.Story($"app: the device refused a write (ATT error 0x{error:X2})");
                return false;
            }

            CommittedAttempt = challenge.Attempt;
            _log.Story($"app: sent Wi-Fi '{_ssid}' (password fp {TokenFingerprint.Of(_password)}), code fp {TokenFingerprint.Of(code)}, redirect URI, client ID; committed attempt {challenge.Attempt}");
            return true;
        }

        // The web-app flow: the maker's web application logs in with Amazon later, so the app sends Wi-Fi only.
        private bool SendWifiOnly(DeviceInfo info, byte attempt)
        {
            _log.Story($"app: device {info.DeviceModel} serial {info.Serial} firmware {info.FirmwareVersion}, web-app flow: no LWA login here, Wi-Fi only (attempt {attempt})");
            byte error = Client.SendWifi(_ssid, _password);
            if (error == 0)
            {
                error = Client.Commit(attempt);
            }

            if (error != 0)
            {
                _log.Story($"app: the device refused a write (ATT error 0x{error:X2})");
                return false;
            }

            CommittedAttempt = attempt;
            _log.Story($"app: sent Wi-Fi '{_ssid}' (password fp {TokenFingerprint.Of(_password)}); committed attempt {attempt}. "
                + "It tells the user to register the device on the maker's web application (serial and claim code from the label)");
            return true;
        }

        /// <summary>The user's login at the authorize endpoint: returns the code from the redirect, or null.</summary>
        public string Login(string model, string serial, string challenge, string method)
        {
            _logins++;
            string state = "sim-" + _logins;
            string scopeData = "{\"dash:replenish\":{\"device_model\":\"" + model + "\",\"serial\":\"" + serial + "\",\"is_test_device\":" + (_testDevice ? "true" : "false") + "}}";
            var query = new List<string>
            {
                "client_id=" + Uri.EscapeDataString(_clientId),
                "redirect_uri=" + Uri.EscapeDataString(_redirectUri),
                "scope=" + Uri.EscapeDataString("dash:replenish"),
                "response_type=code",
                "state=" + Uri.EscapeDataString(state),
                "code_challenge=" + Uri.EscapeDataString(challenge),
                "code_challenge_method=" + Uri.EscapeDataString(method),
                "scope_data=" + Uri.EscapeDataString(scopeData),
            };
            string url = _authorizeUrl + (_authorizeUrl.Contains('?') ? "&" : "?") + string.Join("&", query);
            HttpResponseMessage response;
            try
            {
                response = _http.GetAsync(url).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is HttpRequestException || e is System.Threading.Tasks.TaskCanceledException)
            {
                _log.Story($"app: LWA login failed: {e.Message}");
                return null;
            }

            using (response)
            {
                if (response.StatusCode != HttpStatusCode.Found && response.StatusCode != HttpStatusCode.SeeOther && response.StatusCode != HttpStatusCode.Redirect)
                {
                    _log.Story($"app: LWA login answered {(int)response.StatusCode} without a redirect");
                    return null;
                }

                string location = response.Headers.Location?.OriginalString ?? string.Empty;
                Dictionary<string, string> values = QueryOf(location);
                if (values.TryGetValue("error", out string error))
                {
                    _log.Story($"app: LWA refused the login: {error}");
                    return null;
                }

                if (!values.TryGetValue("state", out string returnedState) || returnedState != state || !values.TryGetValue("code", out string code))
                {
                    _log.Story("app: the redirect has no code or a wrong state: ignored");
                    return null;
                }

                _log.Story($"app: user logged in at LWA (scope dash:replenish); redirected with code fp {TokenFingerprint.Of(code)}");
                return code;
            }
        }

        /// <inheritdoc />
        public void Dispose() => _http.Dispose();

        private static Dictionary<string, string> QueryOf(string location)
        {
            var values = new Dictionary<string, string>();
            int q = location.IndexOf('?');
            if (q < 0)
            {
                return values;
            }

            foreach (string pair in location.Substring(q + 1).Split('&'))
            {
                int eq = pair.IndexOf('=');
                if (eq > 0)
                {
                    values[Uri.UnescapeDataString(pair.Substring(0, eq).Replace('+', ' '))] = Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
                }
            }

            return values;
        }
    }
}
