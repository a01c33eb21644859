namespace DeviceFirmware.Replenishment
{
    /// <summary>Whether <see cref="ReplenishmentPolicy"/> is working, and if not, what the device must do.</summary>
    public enum ReplenishmentStatus
    {
        /// <summary>Watching the slots and talking to DRS.</summary>
        Operating,

        /// <summary>The device is not (or no longer) registered; tokens are wiped: go back to provisioning.</summary>
        NeedsProvisioning,

        /// <summary>LWA refuses the client ID or the request form: no DRS call until reprovisioned or rebooted.</summary>
        Halted,
    }
}
