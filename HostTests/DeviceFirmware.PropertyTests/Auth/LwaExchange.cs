using DeviceFirmware.Net;

namespace DeviceFirmware.PropertyTests.Auth
{
    /// <summary>One LWA token request and what the scripted transport answers to it.</summary>
    public sealed class LwaExchange
    {
        /// <summary>Creates the case.</summary>
        /// <param name="isCodeExchange">True for the code exchange, false for a refresh.</param>
        /// <param name="code">The authorization code (secret).</param>
        /// <param name="verifier">The PKCE verifier (secret).</param>
        /// <param name="refreshToken">The stored refresh token (secret).</param>
        /// <param name="status">The HTTP status, or 0 for a transport failure.</param>
        /// <param name="failure">The transport failure when status is 0.</param>
        /// <param name="body">The response body.</param>
        /// <param name="bodySecrets">Token values the body carries (secret).</param>
        public LwaExchange(bool isCodeExchange, string code, string verifier, string refreshToken, int status, HttpFailureKind failure, string body, string[] bodySecrets)
        {
            IsCodeExchange = isCodeExchange;
            Code = code;
            Verifier = verifier;
            RefreshToken = refreshToken;
            Status = status;
            Failure = failure;
            Body = body;
            BodySecrets = bodySecrets;
        }

        /// <summary>True for the code exchange, false for a refresh.</summary>
        public bool IsCodeExchange { get; }

        /// <summary>The authorization code.</summary>
        public string Code { get; }

        /// <summary>The PKCE verifier.</summary>
        public string Verifier { get; }

        /// <summary>The stored refresh token.</summary>
        public string RefreshToken { get; }

        /// <summary>The HTTP status, 0 for a transport failure.</summary>
        public int Status { get; }

        /// <summary>The transport failure when <see cref="Status"/> is 0.</summary>
        public HttpFailureKind Failure { get; }

        /// <summary>The response body.</summary>
        public string Body { get; }

        /// <summary>Token values in the body.</summary>
        public string[] BodySecrets { get; }

        /// <summary>A description without secrets (the seed reproduces the values).</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            (IsCodeExchange ? "code exchange" : "refresh") + ", " + (Status == 0 ? "transport failure " + Failure : "HTTP " + Status + " with a " + Body.Length + "-char body");
    }
}
