namespace DeviceFirmware.App
{
    /// <summary>
    /// Facts about this firmware build that the device and its host builds (the simulator) report alike.
    /// </summary>
    public static class FirmwareInfo
    {
        /// <summary>Version published in the BLE info characteristic and the start-up log (1..32 ASCII characters).</summary>
        public const string Version = "1.0.0";
    }
}
