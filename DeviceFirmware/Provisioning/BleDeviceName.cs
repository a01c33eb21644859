using DeviceFirmware.Config;

namespace DeviceFirmware.Provisioning
{
    /// <summary>The name the device advertises while provisioning.</summary>
    public static class BleDeviceName
    {
        /// <summary>Prefix of derived names.</summary>
        public const string Prefix = "DRS-";

        private const int SerialCharacters = 4;

        /// <summary>"DRS-" and the last 4 characters of the serial: 8 bytes, so it shares the advertisement with the 128-bit service UUID.</summary>
        /// <param name="serial">The device serial (e.g. from the MAC).</param>
        /// <returns>For example "DRS-1A70".</returns>
        public static string FromSerial(string serial)
        {
            if (serial == null || serial.Length == 0)
            {
                return "DRS";
            }

            return serial.Length <= SerialCharacters ? Prefix + serial : Prefix + serial.Substring(serial.Length - SerialCharacters);
        }

        /// <summary>The configured name, or the derived one when the configuration says auto.</summary>
        /// <param name="settings">The [provisioning] settings.</param>
        /// <param name="serial">The device serial.</param>
        /// <returns>The name to advertise.</returns>
        public static string Choose(ProvisioningSettings settings, string serial)
        {
            return settings.DeviceName ?? FromSerial(serial);
        }
    }
}
