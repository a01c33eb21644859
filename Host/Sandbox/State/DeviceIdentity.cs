namespace DeviceFirmware.Sandbox.State
{
    /// <summary>The device an authorization names in its scope_data: DRS model ID, serial, and whether it is a test device.</summary>
    internal sealed class DeviceIdentity
    {
        public DeviceIdentity(string model, string serial, bool isTestDevice)
        {
            Model = model;
            Serial = serial;
            IsTestDevice = isTestDevice;
        }

        public string Model { get; }

        public string Serial { get; }

        public bool IsTestDevice { get; }

        /// <summary>The registration key: model and serial (neither may contain a newline, by their character rule).</summary>
        public string Key => Model + "\n" + Serial;
    }
}
