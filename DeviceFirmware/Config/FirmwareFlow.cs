namespace DeviceFirmware.Config
{
    /// <summary>
    /// Which of the two systems of the DRS "LWA overview" the device belongs to (device.flow in nf.config).
    /// </summary>
    public enum FirmwareFlow
    {
        /// <summary>The companion app hands the device an LWA authorization code; the device holds the tokens and calls DRS itself.</summary>
        Companion = 0,

        /// <summary>The maker's web application holds the tokens and calls DRS; the device only talks to it (docs/device-api.md).</summary>
        WebApp = 1,
    }
}
