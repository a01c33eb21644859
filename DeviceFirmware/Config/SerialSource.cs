namespace DeviceFirmware.Config
{
    /// <summary>Where the device serial number sent to DRS comes from.</summary>
    public enum SerialSource
    {
        /// <summary>Derived from the chip's MAC address at boot (<c>serial = mac</c>).</summary>
        Mac,

        /// <summary>A literal serial written in nf.config.</summary>
        Fixed,
    }
}
