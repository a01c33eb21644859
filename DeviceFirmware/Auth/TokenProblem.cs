namespace DeviceFirmware.Auth
{
    /// <summary>Why <see cref="AccessTokenKeeper"/> cannot hand out an access token, and what the firmware does next.</summary>
    public enum TokenProblem
    {
        /// <summary>
        /// No usable grant: no refresh token stored, or LWA answered invalid_grant (tokens wiped),
        /// or the authorization code was refused. Go back to provisioning.
        /// </summary>
        NeedsProvisioning,

        /// <summary>LWA refused the client ID (invalid_client, unauthorized_client). Stop and report; no retry until reprovisioned or rebooted.</summary>
        Misconfigured,

        /// <summary>LWA called the request malformed (invalid_request, unsupported_grant_type, invalid_scope). Report; no retry until reprovisioned or rebooted.</summary>
        FirmwareBug,

        /// <summary>LWA unreachable, failing or answering oddly: try again at <see cref="TokenUnavailableException.NotBefore"/>.</summary>
        RetryLater,

        /// <summary>
        /// Tokens could not be written to flash, so the new access token was not used. After a
        /// refresh, try again at <see cref="TokenUnavailableException.NotBefore"/>; after a code
        /// exchange the code is spent, so provisioning must start again.
        /// </summary>
        StorageFailed,

        /// <summary>
        /// DRS rejected the access token a second time within one call, right after a refresh:
        /// the device is probably deregistered. Report; the caller decides (never loop).
        /// </summary>
        Rejected,
    }
}
