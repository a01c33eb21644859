namespace DeviceFirmware.Provisioning
{
    /// <summary>How an attempt to join a Wi-Fi network ended.</summary>
    public enum WifiJoinResult
    {
        /// <summary>Associated and got an IP address.</summary>
        Joined,

        /// <summary>The access point refused the password (WPA 4-way handshake failed).</summary>
        WrongPassword,

        /// <summary>No access point with the SSID was found.</summary>
        NetworkNotFound,

        /// <summary>Associated, but DHCP gave no address.</summary>
        NoIpAddress,

        /// <summary>Any other failure (driver error, timeout).</summary>
        Failed,
    }
}
