using System;

namespace DeviceFirmware.Sandbox.Faults
{
    /// <summary>
    /// A fault armed on an endpoint: applied to the next <see cref="Remaining"/> requests it selects
    /// (endpoint and, when set, grant type), then spent. One fault at most applies to a request: the
    /// earliest armed one that selects it.
    /// </summary>
    public sealed class SandboxFault
    {
        /// <summary>A count meaning "every matching request until <see cref="FaultInjector.Clear"/>".</summary>
        public const int Always = int.MaxValue;

        private int _remaining;
        private int _applied;

        /// <summary>A fault.</summary>
        /// <param name="endpoint">The endpoint, or <see cref="SandboxEndpoint.Any"/> / <see cref="SandboxEndpoint.AnyDrs"/>.</param>
        /// <param name="kind">What it does.</param>
        /// <param name="count">How many requests it applies to (at least 1; <see cref="Always"/> for all).</param>
        /// <param name="delay">The hold of <see cref="FaultKind.Timeout"/>, the wait of <see cref="FaultKind.Slow"/>, the Retry-After of <see cref="FaultKind.TooManyRequests"/>; null for the default. At most 30 s.</param>
        /// <param name="grantType">For the token endpoint: only requests with this grant_type (authorization_code or refresh_token); null for any.</param>
        public SandboxFault(SandboxEndpoint endpoint, FaultKind kind, int count = 1, TimeSpan? delay = null, string grantType = null)
        {
            if (endpoint == SandboxEndpoint.Unknown)
            {
                throw new ArgumentException("A fault needs an endpoint (or Any, AnyDrs).", nameof(endpoint));
            }

            if (count < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "A fault applies to at least one request.");
            }

            if (delay.HasValue && (delay.Value < TimeSpan.Zero || delay.Value > SandboxOptions.HoldCap))
            {
                throw new ArgumentOutOfRangeException(nameof(delay), "A fault's delay is 0.." + SandboxOptions.HoldCap.TotalSeconds + " s.");
            }

            Endpoint = endpoint;
            Kind = kind;
            Delay = delay;
            GrantType = grantType;
            _remaining = count;
        }

        /// <summary>The endpoint selector.</summary>
        public SandboxEndpoint Endpoint { get; }

        /// <summary>What it does.</summary>
        public FaultKind Kind { get; }

        /// <summary>Its delay, or null for the default.</summary>
        public TimeSpan? Delay { get; }

        /// <summary>The grant type selector, or null.</summary>
        public string GrantType { get; }

        /// <summary>Requests it will still apply to.</summary>
        public int Remaining => System.Threading.Volatile.Read(ref _remaining);

        /// <summary>Requests it has applied to.</summary>
        public int Applied => System.Threading.Volatile.Read(ref _applied);

        /// <summary>Whether it selects a request to <paramref name="endpoint"/> with <paramref name="grantType"/>.</summary>
        internal bool Selects(SandboxEndpoint endpoint, string grantType)
        {
            bool endpointMatches = Endpoint == endpoint
                || (Endpoint == SandboxEndpoint.Any && endpoint != SandboxEndpoint.Unknown)
                || (Endpoint == SandboxEndpoint.AnyDrs && Drs.DrsContract.IsDrs(endpoint));
            if (!endpointMatches)
            {
                return false;
            }

            if (Kind == FaultKind.InvalidGrant || Kind == FaultKind.RotateRefreshToken)
            {
                // These two only mean something on a refresh.
                return endpoint == SandboxEndpoint.Token && grantType == Lwa.TokenHandler.RefreshTokenGrant;
            }

            return GrantType == null || string.Equals(GrantType, grantType, StringComparison.Ordinal);
        }

        /// <summary>Spends one use; called under the injector's lock.</summary>
        internal void Spend()
        {
            if (_remaining != Always)
            {
                _remaining--;
            }

            _applied++;
        }
    }
}
