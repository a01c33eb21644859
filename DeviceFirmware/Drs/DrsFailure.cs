namespace DeviceFirmware.Drs
{
    /// <summary>What a failed DRS call means for the firmware, each with the action the callers take.</summary>
    public enum DrsFailure
    {
        /// <summary>404: the slot (or order) does not exist for this device. Per slot: do not retry, do not order.</summary>
        NotFound,

        /// <summary>400 "slot ... is unsubscribed": the customer chose no product for the slot. Per slot: do not retry, do not order.</summary>
        SlotUnsubscribed,

        /// <summary>
        /// No grant left: LWA answered invalid_grant (the keeper wiped the tokens), no refresh token is
        /// stored, or DRS refused freshly refreshed tokens often enough and long enough for
        /// <see cref="RefusalTracker"/> (the client wiped them). Back to provisioning.
        /// </summary>
        Deregistered,

        /// <summary>
        /// 401, 403 or "Invalid token" for an access token LWA had just issued, before the rule of
        /// <see cref="RefusalTracker"/> is met (a captive portal, a proxy or a firewall answers so too):
        /// tokens kept; no DRS call before <see cref="DrsException.NotBefore"/>. Report and keep sensing.
        /// </summary>
        DeviceRefused,

        /// <summary>408, 429, 5xx, timeouts and network failures, or LWA backing off: try again later with backoff.</summary>
        RetryLater,

        /// <summary>A success status whose body is not the documented JSON, or a redirect: try again later with backoff.</summary>
        BadResponse,

        /// <summary>Another 4xx: DRS calls the request wrong (a firmware or configuration bug). Report; retry only after a long pause.</summary>
        Refused,

        /// <summary>LWA refused the client ID or the request form: no token until reprovisioned or rebooted. Stop calling DRS.</summary>
        Halted,
    }
}
