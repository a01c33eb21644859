namespace DeviceFirmware.App
{
    /// <summary>What the firmware is doing, for the status LED and the console.</summary>
    public enum FirmwareMode
    {
        /// <summary>No usable tokens and the provisioning window is closed: waiting for a long press of the button.</summary>
        Unprovisioned,

        /// <summary>The provisioning window is open (advertising over BLE, waiting for the companion app).</summary>
        WindowOpen,

        /// <summary>Provisioned; joining the stored Wi-Fi network and synchronising the clock after a boot.</summary>
        Connecting,

        /// <summary>Provisioned and online: watching the supply and ordering.</summary>
        Operating,

        /// <summary>
        /// Halted: LWA refused the client or the request (see the log); a new provisioning or a restart is needed.
        /// Also while DRS refuses the device with freshly refreshed tokens: tokens kept, sensing and retrying go on.
        /// </summary>
        Error,

        /// <summary>
        /// Web-app flow: online, but the web application's last status answer said that no user has registered
        /// the device and signed in with Amazon yet ("register me"): sensing, reports and order requests go on.
        /// </summary>
        NotRegistered,
    }
}
