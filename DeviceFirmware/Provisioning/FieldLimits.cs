namespace DeviceFirmware.Provisioning
{
    /// <summary>Size limits of every writable value, in bytes (docs/provisioning-protocol.md, Fields).</summary>
    public static class FieldLimits
    {
        /// <summary>SSID: 1..32 octets (IEEE 802.11 section 9.4.2.2).</summary>
        public const int MaxSsid = 32;

        /// <summary>WPA2 passphrase: 8..63 printable ASCII (IEEE 802.11 annex J.4.1).</summary>
        public const int MinPassphrase = 8;

        /// <summary>Longest WPA2 passphrase.</summary>
        public const int MaxPassphrase = 63;

        /// <summary>A raw pre-shared key written as 64 hex digits.</summary>
        public const int HexKeyLength = 64;

        /// <summary>Authorization code: LWA codes are about 20-100 characters; RFC 6749 sets no limit, 512 leaves room.</summary>
        public const int MaxAuthorizationCode = 512;

        /// <summary>Redirect URI: what the app used at LWA, unchanged.</summary>
        public const int MaxRedirectUri = 512;

        /// <summary>Client ID: LWA's are "amzn1.application-oa2-client." plus 32 hex digits (61 characters).</summary>
        public const int MaxClientId = 128;

        /// <summary>Longest message of a framed characteristic.</summary>
        /// <param name="characteristicIndex">A framed characteristic.</param>
        /// <returns>Its limit in bytes.</returns>
        public static int MaxLengthOf(int characteristicIndex)
        {
            switch (characteristicIndex)
            {
                case CharacteristicIndex.WifiSsid:
                    return MaxSsid;
                case CharacteristicIndex.WifiPassword:
                    return HexKeyLength;
                case CharacteristicIndex.AuthorizationCode:
                    return MaxAuthorizationCode;
                case CharacteristicIndex.RedirectUri:
                    return MaxRedirectUri;
                case CharacteristicIndex.ClientId:
                    return MaxClientId;
                case CharacteristicIndex.Command:
                    return CommandCode.MaxLength;
                default:
                    return 0;
            }
        }
    }
}
