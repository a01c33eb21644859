namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// Erases what provisioning stored (port): tokens and Wi-Fi credentials. BLE bonds are not erased:
    /// the firmware has no call for that yet (docs/provisioning-protocol.md, bonds and factory reset).
    /// </summary>
    public interface IFactoryReset
    {
        /// <summary>Erases the stored credentials. Called from the main loop only.</summary>
        void EraseCredentials();
    }
}
