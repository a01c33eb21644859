namespace DeviceFirmware.Provisioning
{
    /// <summary>How an authorization code exchange ended, as provisioning acts on it.</summary>
    public enum CodeExchangeResult
    {
        /// <summary>Tokens received and stored: provisioned.</summary>
        Succeeded,

        /// <summary>invalid_grant: the code is expired, used, or does not match the verifier or redirect URI. A new login is needed.</summary>
        CodeRejected,

        /// <summary>invalid_client or unauthorized_client: the client ID is wrong for this security profile.</summary>
        ClientRejected,

        /// <summary>LWA unreachable or failing (timeout, 5xx): the code may still be valid for a retry.</summary>
        Unreachable,

        /// <summary>Any other failure (unexpected answer, tokens not saved): the code is spent.</summary>
        Failed,

        /// <summary>Web-app flow: the web application did not answer, failed (5xx) or answered unexpectedly; nothing is spent, commit again.</summary>
        CloudUnreachable,

        /// <summary>Web-app flow: the web application refused the device (unknown serial or wrong key).</summary>
        DeviceRejected,
    }
}
