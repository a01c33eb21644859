using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using DeviceFirmware.Sandbox.Http;
using Microsoft.Extensions.Primitives;

namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>
    /// Identifies and authenticates the client of a token request (RFC 6749 sections 2.3.1 and 3.2.1):
    /// client_id (and client_secret) in the form, or HTTP Basic with the form-encoded ID and secret. A
    /// confidential client must present its secret; a public client must not present one; one request
    /// uses one method only.
    /// </summary>
    internal static class ClientAuthentication
    {
        /// <summary>The authenticated client, or null with <paramref name="error"/> set to the reply.</summary>
        public static SandboxClient Authenticate(IncomingRequest request, Dictionary<string, StringValues> form, IReadOnlyDictionary<string, SandboxClient> clients, out Reply error)
        {
            error = null;
            string formId = Value(form, "client_id");
            string formSecret = Value(form, "client_secret");
            string basicId = null;
            string basicSecret = null;
            bool usedBasic = false;
            StringValues authorization = request.Header("Authorization");
            if (authorization.Count > 0)
            {
                usedBasic = true;
                if (!TryParseBasic(authorization, out basicId, out basicSecret))
                {
                    error = Unauthorized("the Authorization header is not HTTP Basic with client ID and secret", true);
                    return null;
                }

                if (formSecret != null)
                {
                    error = Reply.LwaError(400, LwaErrors.InvalidRequest, "the client authenticated twice (Authorization header and client_secret)");
                    return null;
                }

                if (formId != null && !string.Equals(formId, basicId, StringComparison.Ordinal))
                {
                    error = Reply.LwaError(400, LwaErrors.InvalidRequest, "client_id differs from the Authorization header's");
                    return null;
                }
            }

            string clientId = usedBasic ? basicId : formId;
            string secret = usedBasic ? basicSecret : formSecret;
            if (clientId == null)
            {
                error = Reply.LwaError(400, LwaErrors.InvalidRequest, "client_id is missing");
                return null;
            }

            if (!clients.TryGetValue(clientId, out SandboxClient client))
            {
                error = Unauthorized("client_id is not a registered client", usedBasic);
                return null;
            }

            if (client.IsConfidential && !SecretMatches(client.ClientSecret, secret))
            {
                error = Unauthorized(secret == null ? "client authentication is required (client_secret)" : "client authentication failed", usedBasic);
                return null;
            }

            if (!client.IsConfidential && secret != null)
            {
                error = Unauthorized("a public client has no client secret", usedBasic);
                return null;
            }

            return client;
        }

        private static bool TryParseBasic(StringValues header, out string clientId, out string secret)
        {
            clientId = null;
            secret = null;
            string value = header.Count == 1 ? header[0] : null;
            if (value == null || !value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Substring(6).Trim()));
            }
            catch (FormatException)
            {
                return false;
            }

            // RFC 6749 section 2.3.1: ID and secret are form-encoded before they are joined with ':'.
            int colon = decoded.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }

            clientId = WebUtility.UrlDecode(decoded.Substring(0, colon));
            secret = WebUtility.UrlDecode(decoded.Substring(colon + 1));
            return clientId.Length > 0 && secret.Length > 0;
        }

        private static bool SecretMatches(string expected, string presented)
        {
            if (presented == null)
            {
                return false;
            }

            return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        }

        // RFC 6749 section 5.2: a client that used the Authorization header gets 401 with WWW-Authenticate.
        private static Reply Unauthorized(string description, bool usedBasic)
        {
            Reply reply = Reply.LwaError(401, LwaErrors.InvalidClient, description);
            return usedBasic ? reply.With("WWW-Authenticate", "Basic realm=\"lwa\"") : reply;
        }

        private static string Value(Dictionary<string, StringValues> form, string name)
        {
            return form.TryGetValue(name, out StringValues values) && values.Count == 1 && values[0].Length > 0 ? values[0] : null;
        }
    }
}
