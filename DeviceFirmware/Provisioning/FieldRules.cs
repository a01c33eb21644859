namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The rules a complete value must meet before the device keeps it (docs/provisioning-protocol.md,
    /// Fields). Lengths over a field's limit are normally refused earlier, from the first frame.
    /// </summary>
    public static class FieldRules
    {
        /// <summary>Checks a value for a field characteristic.</summary>
        /// <param name="characteristicIndex">One of the five fields.</param>
        /// <param name="value">The complete message.</param>
        /// <returns>0, <see cref="ProvisioningErrors.ValueTooLong"/> or <see cref="ProvisioningErrors.ValueInvalid"/>.</returns>
        public static byte Check(int characteristicIndex, byte[] value)
        {
            if (value == null || value.Length == 0)
            {
                return ProvisioningErrors.ValueInvalid;
            }

            if (value.Length > FieldLimits.MaxLengthOf(characteristicIndex))
            {
                return ProvisioningErrors.ValueTooLong;
            }

            bool ok;
            switch (characteristicIndex)
            {
                case CharacteristicIndex.WifiSsid:
                    // SSIDs are octet strings; accepting UTF-8 text without controls covers real networks and keeps logs and the Wi-Fi API sane.
                    ok = Utf8Rules.IsPrintableText(value);
                    break;
                case CharacteristicIndex.WifiPassword:
                    ok = IsPassphrase(value) || IsHexKey(value);
                    break;
                case CharacteristicIndex.AuthorizationCode:
                    // RFC 6749 appendix A.11: code = 1*VSCHAR.
                    ok = AllInRange(value, 0x20, 0x7E);
                    break;
                case CharacteristicIndex.RedirectUri:
                    ok = IsAbsoluteUriWithoutFragment(value);
                    break;
                case CharacteristicIndex.ClientId:
                    // RFC 6749 appendix A.1: client_id = *VSCHAR; LWA's have no blanks, so none are accepted.
                    ok = AllInRange(value, 0x21, 0x7E);
                    break;
                default:
                    ok = false;
                    break;
            }

            return ok ? ProvisioningErrors.None : ProvisioningErrors.ValueInvalid;
        }

        /// <summary>IEEE 802.11 annex J.4.1: a passphrase is 8..63 characters of ASCII 32..126.</summary>
        /// <param name="value">The bytes.</param>
        /// <returns>Whether they form a passphrase.</returns>
        public static bool IsPassphrase(byte[] value)
        {
            return value.Length >= FieldLimits.MinPassphrase && value.Length <= FieldLimits.MaxPassphrase && AllInRange(value, 0x20, 0x7E);
        }

        /// <summary>A 256-bit pre-shared key written as exactly 64 hex digits.</summary>
        /// <param name="value">The bytes.</param>
        /// <returns>Whether they form a hex key.</returns>
        public static bool IsHexKey(byte[] value)
        {
            if (value.Length != FieldLimits.HexKeyLength)
            {
                return false;
            }

            for (int i = 0; i < value.Length; i++)
            {
                int c = value[i];
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// An absolute URI (RFC 3986 section 4.3: scheme ":" hier-part) of visible ASCII without a
        /// fragment (RFC 6749 section 3.1.2). Custom schemes (amzn-com.example.app://) are accepted:
        /// LWA's mobile SDKs use them.
        /// </summary>
        /// <param name="value">The bytes.</param>
        /// <returns>Whether they form an acceptable redirect URI.</returns>
        public static bool IsAbsoluteUriWithoutFragment(byte[] value)
        {
            if (!AllInRange(value, 0x21, 0x7E))
            {
                return false;
            }

            int colon = -1;
            for (int i = 0; i < value.Length; i++)
            {
                int c = value[i];
                if (c == '#')
                {
                    return false;
                }

                if (colon < 0 && c == ':')
                {
                    colon = i;
                }
            }

            if (colon < 1 || colon == value.Length - 1 || !IsAlpha(value[0]))
            {
                return false;
            }

            for (int i = 1; i < colon; i++)
            {
                int c = value[i];
                if (!IsAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAlpha(int c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static bool AllInRange(byte[] value, int low, int high)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < low || value[i] > high)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
