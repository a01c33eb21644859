using System;
using System.Collections.Generic;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;
using Microsoft.Extensions.Primitives;

namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>
    /// GET /ap/oa: the LWA authorization request of the companion app. Signs in the test user,
    /// auto-approves, and redirects with a code bound to client, redirect URI, challenge, method,
    /// device and user. An unknown client or redirect URI gets a 400 (RFC 6749 section 4.1.2.1: never
    /// redirect to an unverified URI); every other error is a redirect with error= and state.
    /// </summary>
    internal sealed class AuthorizeHandler
    {
        private const string Scope = "dash:replenish";

        private readonly SandboxState _state;

        public AuthorizeHandler(SandboxState state)
        {
            _state = state;
        }

        public Reply Handle(IncomingRequest request)
        {
            Dictionary<string, StringValues> query = request.Query;

            string clientId = Single(query, "client_id");
            if (clientId == null || !_state.Settings.Clients.TryGetValue(clientId, out SandboxClient client))
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, clientId == null ? "client_id is missing or repeated" : "client_id is not a registered client");
            }

            string redirectUri = Single(query, "redirect_uri");
            if (redirectUri == null || !client.AcceptsRedirect(redirectUri))
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, redirectUri == null ? "redirect_uri is missing or repeated" : "redirect_uri is not registered for this client");
            }

            // From here on errors go back to the app through the verified redirect URI.
            query.TryGetValue("state", out StringValues states);
            string state = states.Count == 1 ? states[0] : null;

            foreach (KeyValuePair<string, StringValues> parameter in query)
            {
                if (parameter.Value.Count > 1)
                {
                    return ErrorRedirect(redirectUri, state, LwaErrors.InvalidRequest, "parameter " + parameter.Key + " is repeated");
                }
            }

            string responseType = Single(query, "response_type");
            if (responseType != "code")
            {
                return ErrorRedirect(redirectUri, state, responseType == null ? LwaErrors.InvalidRequest : LwaErrors.UnsupportedResponseType, "response_type must be code");
            }

            string scope = Single(query, "scope");
            if (scope != Scope)
            {
                return ErrorRedirect(redirectUri, state, scope == null ? LwaErrors.InvalidRequest : LwaErrors.InvalidScope, "scope must be dash:replenish");
            }

            string challenge = Single(query, "code_challenge");
            if (string.IsNullOrEmpty(challenge))
            {
                return ErrorRedirect(redirectUri, state, LwaErrors.InvalidRequest, "code_challenge is required (PKCE)");
            }

            // RFC 7636 section 4.3: an absent method means plain.
            string method = Single(query, "code_challenge_method") ?? Pkce.Plain;
            if (method != Pkce.S256 && method != Pkce.Plain)
            {
                return ErrorRedirect(redirectUri, state, LwaErrors.InvalidRequest, "code_challenge_method must be S256 or plain (transform algorithm not supported)");
            }

            if (!Pkce.IsValidChallenge(method, challenge))
            {
                return ErrorRedirect(redirectUri, state, LwaErrors.InvalidRequest, method == Pkce.S256
                    ? "code_challenge for S256 must be 43 base64url characters"
                    : "code_challenge for plain must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
            }

            string scopeData = Single(query, "scope_data");
            if (scopeData == null)
            {
                return ErrorRedirect(redirectUri, state, LwaErrors.InvalidRequest, "scope_data is required for dash:replenish");
            }

            DeviceIdentity device = ScopeDataParser.Parse(scopeData, out string scopeError);
            if (device == null)
            {
                return ErrorRedirect(redirectUri, state, LwaErrors.InvalidRequest, scopeError);
            }

            if (_state.Settings.DenyConsent)
            {
                return ErrorRedirect(redirectUri, state, LwaErrors.AccessDenied, "the user did not consent");
            }

            var code = new AuthorizationCode(clientId, redirectUri, challenge, method, device, _state.Settings.TestUserId, _state.Now);
            string codeText = _state.IssueCode(code);
            string location = Append(redirectUri, "code=" + Uri.EscapeDataString(codeText) + "&scope=" + Uri.EscapeDataString(Scope) + StateParameter(state));
            return Reply.Redirect(location, "code issued (" + method + ", model " + device.Model + ")");
        }

        private static Reply ErrorRedirect(string redirectUri, string state, string error, string description)
        {
            string location = Append(redirectUri, "error=" + error + "&error_description=" + Uri.EscapeDataString(description) + StateParameter(state));
            return Reply.Redirect(location, error + ": " + description);
        }

        private static string StateParameter(string state) => state == null ? string.Empty : "&state=" + Uri.EscapeDataString(state);

        private static string Append(string uri, string parameters) => uri + (uri.IndexOf('?') >= 0 ? "&" : "?") + parameters;

        private static string Single(Dictionary<string, StringValues> query, string name)
        {
            return query.TryGetValue(name, out StringValues values) && values.Count == 1 ? values[0] : null;
        }
    }
}
