namespace DeviceFirmware.Provisioning
{
    /// <summary>Erases what provisioning stored (port): tokens, Wi-Fi credentials, BLE bonds.</summary>
    public interface IFactoryReset
    {
        /// <summary>Erases the stored credentials. Called from the main loop only.</summary>
        void EraseCredentials();
    }
}
