using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The 128-bit UUIDs of the provisioning service (docs/provisioning-protocol.md). Random
    /// version 4 UUIDs generated once for this protocol; they never change within protocol version 1.
    /// </summary>
    public static class ProvisioningUuids
    {
        /// <summary>The provisioning service (advertised while the window is open).</summary>
        public static readonly Guid Service = new Guid("b179c7c4-33ba-4158-96a5-0a2277b46456");

        /// <summary>Device info (read): protocol version, model, serial, firmware, pairing mode.</summary>
        public static readonly Guid Info = new Guid("b6a26d7a-d794-4387-9390-86ef5cc6799f");

        /// <summary>PKCE challenge (read): attempt, method, code challenge.</summary>
        public static readonly Guid Challenge = new Guid("13068650-e6b2-4c36-bda5-c8e55987d2bf");

        /// <summary>Status (read, notify): state, last error, attempt, fields received, seconds left.</summary>
        public static readonly Guid Status = new Guid("6519a60f-78de-473f-9486-a4643da6801a");

        /// <summary>Wi-Fi SSID (write, framed).</summary>
        public static readonly Guid WifiSsid = new Guid("7e442684-645e-4fe0-b382-bfe39e3b843b");

        /// <summary>Wi-Fi password (write, framed, encrypted link).</summary>
        public static readonly Guid WifiPassword = new Guid("a26fc506-66d0-4d77-ac8c-49db269b222e");

        /// <summary>LWA authorization code (write, framed, encrypted link).</summary>
        public static readonly Guid AuthorizationCode = new Guid("90d7df4f-5b8a-44e0-b68e-8a1b04a8f9b3");

        /// <summary>LWA redirect URI (write, framed).</summary>
        public static readonly Guid RedirectUri = new Guid("2a439fac-709c-4999-9ed6-4960922815fa");

        /// <summary>LWA client ID (write, framed).</summary>
        public static readonly Guid ClientId = new Guid("86f86994-7d02-4204-a66c-a1b891a9ebe7");

        /// <summary>Commands (write, framed, encrypted link): commit, start over, factory reset.</summary>
        public static readonly Guid Command = new Guid("a567a0fd-2dcc-4837-ba16-2c9a0c4fb81f");
    }
}
