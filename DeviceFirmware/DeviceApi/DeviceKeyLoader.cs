using System;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>
    /// Loads the device key at boot in the web-app flow. A missing or malformed key file is one clear log line and
    /// null, and the caller halts as for a bad nf.config: without the key every request would be refused. Nothing
    /// of the file's content is ever logged.
    /// </summary>
    public static class DeviceKeyLoader
    {
        /// <summary>Reads and checks the key file.</summary>
        /// <param name="file">The key file port.</param>
        /// <param name="log">Where the outcome is reported (the fingerprint only).</param>
        /// <returns>The key; null when the file is missing, unreadable or malformed (logged).</returns>
        public static DeviceKey Load(IDeviceKeyFile file, ILog log)
        {
            byte[] bytes;
            try
            {
                bytes = file.ReadBytes();
            }
            catch (Exception e)
            {
                log.Error("cannot read the device key " + file.Location + ": " + e.Message);
                return null;
            }

            if (bytes == null)
            {
                log.Error("device key not found at " + file.Location + ": the web-app flow needs it; deploy it with flash.ps1 -DeviceKey (docs/flashing.md)");
                return null;
            }

            try
            {
                DeviceKey key = DeviceKey.Parse(bytes);
                log.Info(key + " loaded from " + file.Location);
                return key;
            }
            catch (DeviceKeyException e)
            {
                log.Error("device key " + file.Location + " unusable: " + e.Message + "; deploy the file the factory command wrote with flash.ps1 -DeviceKey");
                return null;
            }
        }
    }
}
