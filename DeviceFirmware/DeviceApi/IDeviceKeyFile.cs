namespace DeviceFirmware.DeviceApi
{
    /// <summary>
    /// Where the device key lives (port; on the device <c>I:\device.key</c>, deployed by flash.ps1 -DeviceKey next
    /// to nf.config). Read once at boot in the web-app flow.
    /// </summary>
    public interface IDeviceKeyFile
    {
        /// <summary>Where the file is, for messages (e.g. <c>I:\device.key</c>).</summary>
        string Location { get; }

        /// <summary>The file's bytes. A secret: the caller wipes them.</summary>
        /// <returns>The bytes; null when there is no such file.</returns>
        byte[] ReadBytes();
    }
}
