using System.IO;
using DeviceFirmware.DeviceApi;

namespace DeviceFirmware.Esp32
{
    /// <summary>The device key file on internal flash, <c>I:\device.key</c>, deployed by flash.ps1 -DeviceKey next to nf.config.</summary>
    public sealed class FlashDeviceKeyFile : IDeviceKeyFile
    {
        /// <summary>Where flash.ps1 deploys the key.</summary>
        public const string DevicePath = "I:\\device.key";

        // The file holds 64 hex digits and an optional line feed: anything much longer is not a key file.
        private const int MaxBytes = 256;

        /// <inheritdoc />
        public string Location
        {
            get { return DevicePath; }
        }

        /// <inheritdoc />
        public byte[] ReadBytes()
        {
            if (!File.Exists(DevicePath))
            {
                return null;
            }

            using (FileStream stream = new FileStream(DevicePath, FileMode.Open, FileAccess.Read))
            {
                if (stream.Length > MaxBytes)
                {
                    throw new IOException("the file has " + stream.Length + " bytes, far more than a key");
                }

                byte[] data = new byte[(int)stream.Length];
                int filled = 0;
                while (filled < data.Length)
                {
                    int read = stream.Read(data, filled, data.Length - filled);
                    if (read <= 0)
                    {
                        throw new IOException("the file ended before its length");
                    }

                    filled += read;
                }

                return data;
            }
        }
    }
}
