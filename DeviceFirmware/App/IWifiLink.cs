namespace DeviceFirmware.App
{
    /// <summary>
    /// The Wi-Fi network the station stored at provisioning (port; device: nanoFramework WifiNetworkHelper
    /// with the credentials kept by the Wi-Fi driver, host: a simulated network). Called from the main loop
    /// only; <see cref="Reconnect"/> may block for the length of a join.
    /// </summary>
    public interface IWifiLink
    {
        /// <summary>True while associated with an IP address.</summary>
        bool IsConnected { get; }

        /// <summary>Joins the stored network (after a boot or a drop).</summary>
        /// <returns>True when joined; false when no network is stored or the join failed.</returns>
        bool Reconnect();

        /// <summary>Disconnects and erases the stored Wi-Fi credentials (factory reset).</summary>
        void ForgetCredentials();
    }
}
