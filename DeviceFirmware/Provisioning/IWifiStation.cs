namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The Wi-Fi station (port; device: nanoFramework WifiAdapter, host: a simulated network).
    /// Called from the main loop only; it may block for the length of a join (seconds).
    /// </summary>
    public interface IWifiStation
    {
        /// <summary>Joins a network with DHCP and, when joined, keeps the credentials for later boots.</summary>
        /// <param name="ssid">The SSID.</param>
        /// <param name="password">WPA2 passphrase (8..63 characters) or 64 hex digits. A secret: never log it.</param>
        /// <returns>How it ended.</returns>
        WifiJoinResult Join(string ssid, string password);
    }
}
