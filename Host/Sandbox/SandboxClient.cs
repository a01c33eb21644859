using System;
using System.Collections.Generic;

namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// An LWA client (security profile) registered with the sandbox: its client ID and the redirect
    /// URIs the authorize endpoint accepts for it, compared exactly (ordinal, whole string).
    /// </summary>
    public sealed class SandboxClient
    {
        /// <summary>A client with these redirect URIs.</summary>
        /// <param name="clientId">The client ID, e.g. amzn1.application-oa2-client.0123.</param>
        /// <param name="redirectUris">At least one absolute URI.</param>
        public SandboxClient(string clientId, params string[] redirectUris)
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
                if (!Uri.TryCreate(uri, UriKind.Absolute, out _))
                {
                    throw new ArgumentException("Redirect URI '" + uri + "' of client " + clientId + " is not an absolute URI.", nameof(redirectUris));
                }
            }

            ClientId = clientId;
            RedirectUris = Array.AsReadOnly((string[])redirectUris.Clone());
        }

        /// <summary>The client ID.</summary>
        public string ClientId { get; }

        /// <summary>The redirect URIs registered for the client.</summary>
        public IReadOnlyList<string> RedirectUris { get; }
    }
}
