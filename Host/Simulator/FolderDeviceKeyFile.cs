using System.IO;
using DeviceFirmware.DeviceApi;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The device key file as the simulated board has it: the device.key the factory command wrote, read by the
    /// firmware's own loader (the board reads I:\device.key, deployed by flash.ps1 -DeviceKey).
    /// </summary>
    public sealed class FolderDeviceKeyFile : IDeviceKeyFile
    {
        private readonly string _path;

        /// <summary>The file at <paramref name="path"/>.</summary>
        public FolderDeviceKeyFile(string path)
        {
            _path = path;
        }

        /// <inheritdoc />
        public string Location => _path;

        /// <inheritdoc />
        public byte[] ReadBytes() => File.Exists(_path) ? File.ReadAllBytes(_path) : null;
    }
}
