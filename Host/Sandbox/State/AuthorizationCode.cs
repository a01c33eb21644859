using System;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>
    /// An authorization code and everything it is bound to. The code text itself is only the key it is
    /// stored under: this object never holds it, so nothing printed from it can leak it.
    /// </summary>
    internal sealed class AuthorizationCode
    {
        public AuthorizationCode(string clientId, string redirectUri, string challenge, string challengeMethod, DeviceIdentity device, string userId, DateTimeOffset issuedAt)
        {
            ClientId = clientId;
            RedirectUri = redirectUri;
            Challenge = challenge;
            ChallengeMethod = challengeMethod;
            Device = device;
            UserId = userId;
            IssuedAt = issuedAt;
        }

        public string ClientId { get; }

        public string RedirectUri { get; }

        public string Challenge { get; }

        /// <summary>S256 or plain.</summary>
        public string ChallengeMethod { get; }

        public DeviceIdentity Device { get; }

        public string UserId { get; }

        public DateTimeOffset IssuedAt { get; }

        /// <summary>Set by the first exchange attempt, successful or not: a code is single-use.</summary>
        public bool Redeemed { get; set; }

        /// <summary>Set when the device's registration was deregistered before the code was used.</summary>
        public bool Revoked { get; set; }

        /// <summary>The tokens issued from this code (null until a successful exchange), revoked if the code is presented again.</summary>
        public TokenFamily IssuedFamily { get; set; }
    }
}
