namespace DeviceFirmware.Auth
{
    /// <summary>
    /// What a failed LWA token request means for the firmware (the error list of RFC 6749
    /// section 5.2 as LWA uses it), each with the action the rest of the firmware takes.
    /// </summary>
    public enum LwaOutcome
    {
        /// <summary>
        /// invalid_grant: the authorization code or refresh token is invalid, expired, already used
        /// or revoked (the user removed the device). Wipe the tokens and go back to provisioning.
        /// </summary>
        InvalidGrant,

        /// <summary>
        /// invalid_client or unauthorized_client: the client ID does not match the LWA security
        /// profile or is not allowed this grant. Stop and report; retrying cannot help.
        /// </summary>
        Misconfigured,

        /// <summary>
        /// invalid_request, unsupported_grant_type or invalid_scope: the firmware built a bad
        /// request. Report; retrying the same request cannot help.
        /// </summary>
        FirmwareBug,

        /// <summary>
        /// 5xx, 408, 429, server_error, temporarily_unavailable, timeouts, network and TLS failures:
        /// try again later with backoff.
        /// </summary>
        Transient,

        /// <summary>
        /// A response the protocol does not describe: a 200 without valid tokens, a 4xx without a
        /// known error code, a redirect, a non-JSON error body. Report; retry later with backoff.
        /// </summary>
        UnexpectedResponse,
    }
}
