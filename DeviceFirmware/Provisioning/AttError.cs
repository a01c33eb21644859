namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// ATT error codes of the Bluetooth Core specification (Vol 3 Part F 3.4.1.1) that the BLE stack
    /// answers by itself, before the protocol sees a request. The protocol's own codes are in
    /// <see cref="ProvisioningErrors"/> (the application range 0x80-0x9F).
    /// </summary>
    public static class AttError
    {
        /// <summary>No error.</summary>
        public const byte None = 0x00;

        /// <summary>The attribute cannot be read.</summary>
        public const byte ReadNotPermitted = 0x02;

        /// <summary>The attribute cannot be written.</summary>
        public const byte WriteNotPermitted = 0x03;

        /// <summary>The link must be authenticated (passkey pairing) first.</summary>
        public const byte InsufficientAuthentication = 0x05;

        /// <summary>The read offset is past the end of the value.</summary>
        public const byte InvalidOffset = 0x07;

        /// <summary>The value is longer than the attribute allows.</summary>
        public const byte InvalidAttributeValueLength = 0x0D;

        /// <summary>The link must be encrypted (paired) first; clients react by starting pairing.</summary>
        public const byte InsufficientEncryption = 0x0F;

        /// <summary>Something the stack did not expect, e.g. a handler that did not answer in time.</summary>
        public const byte UnlikelyError = 0x0E;
    }
}
