using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using DeviceFirmware.Sandbox.Http;
using DeviceFirmware.Sandbox.State;
using Microsoft.Extensions.Primitives;

namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>
    /// POST /auth/o2/token: the authorization_code grant (PKCE, single-use short-lived codes, exact
    /// redirect URI and client) and the refresh_token grant (optional rotation), with LWA's JSON and
    /// error shapes. A malformed request changes nothing; any exchange attempt with a known code uses it up.
    /// </summary>
    internal sealed class TokenHandler
    {
        public const string AuthorizationCodeGrant = "authorization_code";
        public const string RefreshTokenGrant = "refresh_token";

        private readonly SandboxState _state;

        public TokenHandler(SandboxState state)
        {
            _state = state;
        }

        /// <summary>The grant_type of a token request, if it has exactly one (for the log and for fault selection).</summary>
        public static string GrantTypeOf(IncomingRequest request)
        {
            if (!request.HasMediaType("application/x-www-form-urlencoded"))
            {
                return null;
            }

            return request.Form.TryGetValue("grant_type", out StringValues values) && values.Count == 1 ? values[0] : null;
        }

        // forceRotation: rotate on this refresh whatever the options say (a fault); presentedToken: the refresh
        // token or code presented, for the log's fingerprint.
        public Reply Handle(IncomingRequest request, bool forceRotation, out string presentedToken)
        {
            presentedToken = null;
            if (!request.HasMediaType("application/x-www-form-urlencoded"))
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, "Content-Type must be application/x-www-form-urlencoded");
            }

            Dictionary<string, StringValues> form = request.Form;
            foreach (KeyValuePair<string, StringValues> parameter in form)
            {
                // RFC 6749 section 3.2: parameters must not be included more than once.
                if (parameter.Value.Count > 1)
                {
                    return Reply.LwaError(400, LwaErrors.InvalidRequest, "parameter " + parameter.Key + " is repeated");
                }
            }

            string grantType = Value(form, "grant_type");
            if (grantType == null)
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, "grant_type is missing");
            }

            if (grantType == AuthorizationCodeGrant)
            {
                presentedToken = Value(form, "code");
                return ExchangeCode(request, form);
            }

            if (grantType == RefreshTokenGrant)
            {
                presentedToken = Value(form, "refresh_token");
                return Refresh(request, form, forceRotation);
            }

            return Reply.LwaError(400, LwaErrors.UnsupportedGrantType, "grant_type must be authorization_code or refresh_token");
        }

        private Reply ExchangeCode(IncomingRequest request, Dictionary<string, StringValues> form)
        {
            string missing = FirstMissing(form, "code", "redirect_uri", "code_verifier");
            if (missing != null)
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, missing + " is missing");
            }

            string verifier = Value(form, "code_verifier");
            if (!Pkce.IsValidVerifier(verifier))
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 section 4.1)");
            }

            SandboxClient client = ClientAuthentication.Authenticate(request, form, _state.Settings.Clients, out Reply refused);
            if (client == null)
            {
                return refused;
            }

            string clientId = client.ClientId;

            AuthorizationCode code = _state.FindCode(Value(form, "code"));
            if (code == null)
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The authorization code is invalid");
            }

            if (code.Redeemed)
            {
                // RFC 6749 section 10.5: a code presented twice revokes the tokens issued from it.
                if (code.IssuedFamily != null)
                {
                    code.IssuedFamily.Revoked = true;
                }

                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The authorization code was already used");
            }

            // Single use: the first attempt spends the code, whatever its outcome.
            code.Redeemed = true;
            if (code.Revoked)
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The authorization code was revoked (device deregistered)");
            }

            if (_state.Now >= code.IssuedAt + _state.Settings.AuthorizationCodeLifetime)
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The authorization code has expired");
            }

            if (!string.Equals(clientId, code.ClientId, StringComparison.Ordinal))
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The authorization code was issued to another client");
            }

            if (!string.Equals(Value(form, "redirect_uri"), code.RedirectUri, StringComparison.Ordinal))
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "redirect_uri does not match the authorization request");
            }

            if (!Pkce.Matches(code.ChallengeMethod, verifier, code.Challenge))
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "code_verifier does not match the code_challenge (" + code.ChallengeMethod + ")");
            }

            Registration registration = _state.Register(code.Device, code.UserId);
            TokenFamily family = _state.NewFamily(clientId, registration);
            code.IssuedFamily = family;
            return Tokens(family, _state.IssueRefreshToken(family), "tokens issued (family " + family.Id + ")");
        }

        private Reply Refresh(IncomingRequest request, Dictionary<string, StringValues> form, bool forceRotation)
        {
            string missing = FirstMissing(form, "refresh_token");
            if (missing != null)
            {
                return Reply.LwaError(400, LwaErrors.InvalidRequest, missing + " is missing");
            }

            SandboxClient client = ClientAuthentication.Authenticate(request, form, _state.Settings.Clients, out Reply refused);
            if (client == null)
            {
                return refused;
            }

            string clientId = client.ClientId;

            RefreshTokenRecord presented = _state.FindRefreshToken(Value(form, "refresh_token"));
            if (presented == null)
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The refresh token is invalid");
            }

            TokenFamily family = presented.Family;
            if (family.Revoked || !family.Registration.Active)
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The refresh token was revoked");
            }

            if (presented.Replaced)
            {
                // RFC 9700 section 4.14.2: a rotated-out refresh token coming back means two holders; revoke them all.
                if (_state.Settings.RevokeFamilyOnRefreshTokenReuse)
                {
                    family.Revoked = true;
                }

                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The refresh token was replaced by rotation");
            }

            if (!string.Equals(clientId, family.ClientId, StringComparison.Ordinal))
            {
                return Reply.LwaError(400, LwaErrors.InvalidGrant, "The refresh token was issued to another client");
            }

            if (_state.Settings.RotateRefreshTokens || forceRotation)
            {
                presented.Replaced = true;
                return Tokens(family, _state.IssueRefreshToken(family), "refreshed, rotated (family " + family.Id + ")");
            }

            string repeated = _state.Settings.RefreshResponseRepeatsRefreshToken ? Value(form, "refresh_token") : null;
            return Tokens(family, repeated, "refreshed (family " + family.Id + ")");
        }

        private Reply Tokens(TokenFamily family, string refreshToken, string outcome)
        {
            var body = new JsonObject { ["access_token"] = _state.IssueAccessToken(family) };
            if (refreshToken != null)
            {
                body["refresh_token"] = refreshToken;
            }

            body["token_type"] = "bearer";
            long seconds = (long)_state.Settings.AccessTokenLifetime.TotalSeconds;
            body["expires_in"] = _state.Settings.ExpiresInAsString ? JsonValue.Create(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(seconds);
            return Reply.Json(200, body, outcome).NoStore();
        }

        private static string Value(Dictionary<string, StringValues> form, string name)
        {
            return form.TryGetValue(name, out StringValues values) && values.Count == 1 && values[0].Length > 0 ? values[0] : null;
        }

        private static string FirstMissing(Dictionary<string, StringValues> form, params string[] names)
        {
            foreach (string name in names)
            {
                if (Value(form, name) == null)
                {
                    return name;
                }
            }

            return null;
        }
    }
}
