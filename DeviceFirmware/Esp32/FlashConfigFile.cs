using System.IO;
using DeviceFirmware.Config;

namespace DeviceFirmware.Esp32
{
    /// <summary>nf.config in the ESP32's internal flash file system (drive I:), where flash.ps1 deploys it.</summary>
    public sealed class FlashConfigFile : IConfigFile
    {
        /// <summary>Path of the configuration file on the device.</summary>
        public const string DevicePath = "I:\\nf.config";

        /// <inheritdoc />
        public string Location
        {
            get { return DevicePath; }
        }

        /// <inheritdoc />
        public string ReadText()
        {
            return File.Exists(DevicePath) ? File.ReadAllText(DevicePath) : null;
        }
    }
}
