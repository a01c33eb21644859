namespace DeviceFirmware.Provisioning
{
    /// <summary>The provisioning GATT service (docs/provisioning-protocol.md, Service), in <see cref="CharacteristicIndex"/> order.</summary>
    public static class ProvisioningTable
    {
        /// <summary>Builds the table.</summary>
        /// <param name="passkeyRequired">True when a passkey is configured: secret writes then need an authenticated link.</param>
        /// <returns>The service.</returns>
        public static GattServiceTable Build(bool passkeyRequired)
        {
            LinkProtection secret = passkeyRequired ? LinkProtection.EncryptedAndAuthenticated : LinkProtection.Encrypted;
            return new GattServiceTable(ProvisioningUuids.Service, new GattCharacteristicSpec[]
            {
                Readable(ProvisioningUuids.Info, GattAccess.Read, "DRS info"),
                Readable(ProvisioningUuids.Challenge, GattAccess.Read, "PKCE challenge"),
                Readable(ProvisioningUuids.Status, GattAccess.Read | GattAccess.Notify, "Status"),
                Writable(ProvisioningUuids.WifiSsid, LinkProtection.Plain, "Wi-Fi SSID"),
                Writable(ProvisioningUuids.WifiPassword, secret, "Wi-Fi password"),
                Writable(ProvisioningUuids.AuthorizationCode, secret, "LWA code"),
                Writable(ProvisioningUuids.RedirectUri, LinkProtection.Plain, "LWA redirect URI"),
                Writable(ProvisioningUuids.ClientId, LinkProtection.Plain, "LWA client ID"),
                Writable(ProvisioningUuids.Command, secret, "Command"),
            });
        }

        private static GattCharacteristicSpec Readable(System.Guid uuid, GattAccess access, string description)
        {
            return new GattCharacteristicSpec(uuid, access, LinkProtection.Plain, LinkProtection.Plain, description);
        }

        private static GattCharacteristicSpec Writable(System.Guid uuid, LinkProtection protection, string description)
        {
            return new GattCharacteristicSpec(uuid, GattAccess.Write, LinkProtection.Plain, protection, description);
        }
    }
}
