namespace DeviceFirmware.Provisioning
{
    /// <summary>The provisioning state byte of the status characteristic (docs/provisioning-protocol.md, States).</summary>
    public enum ProvisioningState : byte
    {
        /// <summary>Window closed: not advertising, every write refused.</summary>
        Closed = 0,

        /// <summary>Window open, collecting values; the only state that accepts writes.</summary>
        WaitingForInput = 1,

        /// <summary>Committed: joining the Wi-Fi network.</summary>
        JoiningWifi = 2,

        /// <summary>Joined; synchronising the clock (SNTP), which TLS needs.</summary>
        SyncingTime = 3,

        /// <summary>Exchanging the authorization code for tokens at Login with Amazon.</summary>
        ExchangingCode = 4,

        /// <summary>Tokens stored: provisioned. The window closes a few seconds later.</summary>
        Provisioned = 5,

        /// <summary>Start over or factory reset accepted; a fresh challenge follows.</summary>
        Resetting = 6,
    }
}
