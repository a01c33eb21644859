namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// How the Wi-Fi driver's connect attempt (association and WPA handshake, before DHCP) ended. Same
    /// members and numbers as System.Device.Wifi.WifiConnectionStatus (nanoFramework.System.Device.Wifi
    /// 1.5.144), which are also the numbers its native driver returns, so the ESP32 adapter converts by value.
    /// </summary>
    public enum WifiAssociationStatus
    {
        /// <summary>Access to the network was revoked.</summary>
        AccessRevoked = 0,

        /// <summary>
        /// The credentials were refused. On the ESP32 also a 4-way handshake timeout, an authentication or
        /// association failure and a beacon timeout (nf-interpreter maps all of these here).
        /// </summary>
        InvalidCredential = 1,

        /// <summary>No access point with the SSID answered.</summary>
        NetworkNotAvailable = 2,

        /// <summary>Associated.</summary>
        Success = 3,

        /// <summary>The driver's own connect timeout (20 s on the ESP32) ran out.</summary>
        Timeout = 4,

        /// <summary>Any other failure.</summary>
        UnspecifiedFailure = 5,

        /// <summary>The network's authentication protocol is not supported (e.g. WPA-Enterprise).</summary>
        UnsupportedAuthenticationProtocol = 6,
    }
}
