namespace DeviceFirmware.Sandbox.Faults
{
    /// <summary>What an injected fault does to a request it selects.</summary>
    public enum FaultKind
    {
        /// <summary>Answer 500 (DRS {"message":..}, LWA {"error":"server_error",..}) without processing.</summary>
        ServerError,

        /// <summary>Answer 503 (LWA error temporarily_unavailable) without processing.</summary>
        ServiceUnavailable,

        /// <summary>Answer 429 with Retry-After (seconds of the fault's delay, at least 1) without processing.</summary>
        TooManyRequests,

        /// <summary>Answer 403 without processing (DRS's undocumented answer to a device it no longer knows).</summary>
        Forbidden,

        /// <summary>
        /// Hold the request without answering (the fault's delay, by default
        /// <see cref="SandboxOptions.DefaultTimeoutHold"/>, at most 30 s, real time), then drop the connection;
        /// ends early when the client gives up or the server stops. Nothing is processed.
        /// </summary>
        Timeout,

        /// <summary>Wait the fault's delay (default <see cref="SandboxOptions.DefaultSlowDelay"/>, at most 30 s, real time), then process normally.</summary>
        Slow,

        /// <summary>Token endpoint, refresh grant only: answer invalid_grant without processing (state unchanged).</summary>
        InvalidGrant,

        /// <summary>Revoke every token issued so far, then process the request normally (so it fails as a revoked token would).</summary>
        RevokeAllTokens,

        /// <summary>Token endpoint, refresh grant only: rotate the refresh token on this refresh even when rotation is off.</summary>
        RotateRefreshToken,
    }
}
