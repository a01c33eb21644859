using System;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>What the sandbox knows about an access token (the token text is only its key).</summary>
    internal sealed class AccessTokenRecord
    {
        public AccessTokenRecord(TokenFamily family, DateTimeOffset expiresAt)
        {
            Family = family;
            ExpiresAt = expiresAt;
        }

        public TokenFamily Family { get; }

        public DateTimeOffset ExpiresAt { get; }

        /// <summary>Whether DRS accepts it at <paramref name="now"/>: family not revoked, registration active, not expired.</summary>
        public bool IsValidAt(DateTimeOffset now) => !Family.Revoked && Family.Registration.Active && now < ExpiresAt;
    }
}
