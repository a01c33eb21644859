using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// An LWA client (security profile) registered with the sandbox: its client ID, the redirect URIs the
    /// authorize endpoint accepts for it (compared exactly: ordinal, whole string), and for a confidential
    /// client (a web application) its client secret, which the token endpoint then requires
    /// (RFC 6749 section 2.3.1: form parameter client_secret or HTTP Basic).
    /// </summary>
    public sealed class SandboxClient
    {
        /// <summary>A public client (no secret: the device exchanges with PKCE alone) with these redirect URIs.</summary>
        /// <param name="clientId">The client ID, e.g. amzn1.application-oa2-client.0123.</param>
        /// <param name="redirectUris">At least one absolute URI.</param>
        public SandboxClient(string clientId, params string[] redirectUris)
            : this(clientId, null, false, redirectUris)
        {
        }

        private SandboxClient(string clientId, string clientSecret, bool anyLoopbackPort, string[] redirectUris)
        {
            if (string.IsNullOrEmpty(clientId))
            {
                throw new ArgumentException("A client needs a client ID.", nameof(clientId));
            }

            if (redirectUris == null || redirectUris.Length == 0)
            {
                throw new ArgumentException("Client " + clientId + " needs at least one redirect URI.", nameof(redirectUris));
            }

            foreach (string uri in redirectUris)
            {
                if (!Uri.TryCreate(uri, UriKind.Absolute, out Uri parsed))
                {
                    throw new ArgumentException("Redirect URI '" + uri + "' of client " + clientId + " is not an absolute URI.", nameof(redirectUris));
                }

                // A web application's redirect must not travel in clear text beyond this machine (RFC 6749 section 3.1.2.1).
                if (clientSecret != null && parsed.Scheme != Uri.UriSchemeHttps && !(parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback))
                {
                    throw new ArgumentException("Redirect URI '" + uri + "' of confidential client " + clientId + " must be https, or http on a loopback address.", nameof(redirectUris));
                }
            }

            ClientId = clientId;
            ClientSecret = clientSecret;
            AcceptsAnyLoopbackPort = anyLoopbackPort;
            RedirectUris = Array.AsReadOnly((string[])redirectUris.Clone());
        }

        /// <summary>The client ID.</summary>
        public string ClientId { get; }

        /// <summary>The client secret of a confidential client; null for a public client.</summary>
        public string ClientSecret { get; }

        /// <summary>
        /// Whether an http loopback redirect URI matches whatever its port (RFC 8252 section 7.3), so a web
        /// application started on a free port can be registered before it starts; false: exact match only.
        /// </summary>
        public bool AcceptsAnyLoopbackPort { get; }

        /// <summary>The redirect URIs registered for the client.</summary>
        public IReadOnlyList<string> RedirectUris { get; }

        /// <summary>Whether this is a confidential client (it has a secret).</summary>
        public bool IsConfidential => ClientSecret != null;

        /// <summary>A confidential client (a web application holding a client secret).</summary>
        /// <param name="clientId">The client ID.</param>
        /// <param name="clientSecret">The secret the token endpoint requires (at least 16 characters).</param>
        /// <param name="anyLoopbackPort">See <see cref="AcceptsAnyLoopbackPort"/>.</param>
        /// <param name="redirectUris">At least one https URI or http loopback URI.</param>
        /// <returns>The client.</returns>
        public static SandboxClient Confidential(string clientId, string clientSecret, bool anyLoopbackPort, params string[] redirectUris)
        {
            if (clientSecret == null || clientSecret.Length < 16)
            {
                throw new ArgumentException("A confidential client needs a secret of at least 16 characters.", nameof(clientSecret));
            }

            return new SandboxClient(clientId, clientSecret, anyLoopbackPort, redirectUris);
        }

        /// <summary>Whether <paramref name="redirectUri"/> is one of <see cref="RedirectUris"/> (exactly, or up to the port for loopback http when <see cref="AcceptsAnyLoopbackPort"/>).</summary>
        /// <param name="redirectUri">The redirect_uri of a request.</param>
        /// <returns>True when registered.</returns>
        public bool AcceptsRedirect(string redirectUri)
        {
            foreach (string registered in RedirectUris)
            {
                if (string.Equals(registered, redirectUri, StringComparison.Ordinal))
                {
                    return true;
                }

                if (AcceptsAnyLoopbackPort && SameButPort(registered, redirectUri))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameButPort(string registered, string presented)
        {
            if (!Uri.TryCreate(registered, UriKind.Absolute, out Uri a) || !Uri.TryCreate(presented, UriKind.Absolute, out Uri b))
            {
                return false;
            }

            return a.Scheme == Uri.UriSchemeHttp && b.Scheme == Uri.UriSchemeHttp && a.IsLoopback
                && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
                && string.Equals(a.PathAndQuery, b.PathAndQuery, StringComparison.Ordinal)
                && string.IsNullOrEmpty(b.Fragment) && string.IsNullOrEmpty(b.UserInfo);
        }
    }
}
