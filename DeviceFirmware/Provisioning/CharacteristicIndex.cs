namespace DeviceFirmware.Provisioning
{
    /// <summary>Index of each characteristic in the provisioning <see cref="GattServiceTable"/> (<see cref="ProvisioningTable"/>).</summary>
    public static class CharacteristicIndex
    {
        /// <summary>Device info (read).</summary>
        public const int Info = 0;

        /// <summary>PKCE challenge (read).</summary>
        public const int Challenge = 1;

        /// <summary>Status (read, notify).</summary>
        public const int Status = 2;

        /// <summary>Wi-Fi SSID (write).</summary>
        public const int WifiSsid = 3;

        /// <summary>Wi-Fi password (write, secret).</summary>
        public const int WifiPassword = 4;

        /// <summary>Authorization code (write, secret).</summary>
        public const int AuthorizationCode = 5;

        /// <summary>Redirect URI (write).</summary>
        public const int RedirectUri = 6;

        /// <summary>Client ID (write).</summary>
        public const int ClientId = 7;

        /// <summary>Command (write).</summary>
        public const int Command = 8;

        /// <summary>Number of characteristics.</summary>
        public const int Count = 9;

        /// <summary>First of the five value fields (SSID).</summary>
        public const int FirstField = WifiSsid;

        /// <summary>Last of the five value fields (client ID).</summary>
        public const int LastField = ClientId;

        /// <summary>True for the characteristics a client writes framed messages to.</summary>
        /// <param name="index">A characteristic index.</param>
        /// <returns>Whether writes are frames.</returns>
        public static bool IsFramed(int index)
        {
            return index >= WifiSsid && index <= Command;
        }

        /// <summary>True for the five value fields (not the command).</summary>
        /// <param name="index">A characteristic index.</param>
        /// <returns>Whether it holds a field value.</returns>
        public static bool IsField(int index)
        {
            return index >= FirstField && index <= LastField;
        }

        /// <summary>A short name for logs and errors.</summary>
        /// <param name="index">A characteristic index.</param>
        /// <returns>For example "wifi-password".</returns>
        public static string NameOf(int index)
        {
            switch (index)
            {
                case Info:
                    return "info";
                case Challenge:
                    return "challenge";
                case Status:
                    return "status";
                case WifiSsid:
                    return "wifi-ssid";
                case WifiPassword:
                    return "wifi-password";
                case AuthorizationCode:
                    return "authorization-code";
                case RedirectUri:
                    return "redirect-uri";
                case ClientId:
                    return "client-id";
                case Command:
                    return "command";
                default:
                    return "characteristic " + index;
            }
        }
    }
}
