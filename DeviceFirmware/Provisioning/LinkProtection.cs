namespace DeviceFirmware.Provisioning
{
    /// <summary>The link security an access to a characteristic requires.</summary>
    public enum LinkProtection
    {
        /// <summary>Any link, encrypted or not.</summary>
        Plain,

        /// <summary>An encrypted link (BLE pairing done; Just Works is enough).</summary>
        Encrypted,

        /// <summary>An encrypted link whose pairing was authenticated (passkey entry: MITM-protected).</summary>
        EncryptedAndAuthenticated,
    }
}
