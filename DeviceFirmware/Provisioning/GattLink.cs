namespace DeviceFirmware.Provisioning
{
    /// <summary>The state of the BLE link a request arrived on, as the peripheral adapter knows it.</summary>
    public sealed class GattLink
    {
        /// <summary>The ATT MTU every BLE link starts with (Bluetooth Core Vol 3 Part F 3.2.8): 20 bytes of payload per write.</summary>
        public const int MinimumMtu = 23;

        /// <summary>The largest ATT MTU this protocol is designed for (an attribute value holds at most 512 bytes).</summary>
        public const int MaximumMtu = 517;

        private readonly bool _encrypted;
        private readonly bool _authenticated;
        private readonly int _mtu;

        /// <summary>Describes a link.</summary>
        /// <param name="encrypted">True once the link is encrypted (paired or bonded).</param>
        /// <param name="authenticated">True when the pairing was authenticated (passkey).</param>
        /// <param name="mtu">The negotiated ATT MTU (23 when unknown).</param>
        public GattLink(bool encrypted, bool authenticated, int mtu)
        {
            _encrypted = encrypted;
            _authenticated = authenticated && encrypted;
            _mtu = mtu < MinimumMtu ? MinimumMtu : mtu;
        }

        /// <summary>True once the link is encrypted.</summary>
        public bool IsEncrypted
        {
            get { return _encrypted; }
        }

        /// <summary>True when the link is encrypted with keys from an authenticated (passkey) pairing.</summary>
        public bool IsAuthenticated
        {
            get { return _authenticated; }
        }

        /// <summary>The ATT MTU; a write or notification carries at most MTU - 3 bytes.</summary>
        public int Mtu
        {
            get { return _mtu; }
        }

        /// <summary>True when the link meets a protection requirement.</summary>
        /// <param name="required">The requirement.</param>
        /// <returns>Whether an access needing it may proceed.</returns>
        public bool Meets(LinkProtection required)
        {
            switch (required)
            {
                case LinkProtection.Encrypted:
                    return _encrypted;
                case LinkProtection.EncryptedAndAuthenticated:
                    return _authenticated;
                default:
                    return true;
            }
        }
    }
}
