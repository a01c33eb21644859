using System;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Config
{
    /// <summary>
    /// Loads nf.config at boot and turns every way it can be wrong into one clear log line, so the
    /// device stops in a known state instead of crashing in a loop. It never changes the file.
    /// </summary>
    public static class ConfigLoader
    {
        /// <summary>Reads and checks the configuration.</summary>
        /// <param name="file">The configuration file.</param>
        /// <param name="log">Receives the outcome.</param>
        /// <returns>The configuration, or null when it is missing, unreadable or invalid (the reason is logged).</returns>
        public static FirmwareConfig Load(IConfigFile file, ILog log)
        {
            string text;
            try
            {
                text = file.ReadText();
            }
            catch (Exception e)
            {
                log.Error("cannot read " + file.Location + ": " + e.Message);
                return null;
            }

            if (text == null)
            {
                log.Error(ConfigException.FileName + " not found at " + file.Location + ": deploy it with flash.ps1 (see README)");
                return null;
            }

            try
            {
                FirmwareConfig config = FirmwareConfig.Parse(text);
                log.Info(ConfigException.FileName + " loaded from " + file.Location + ": " + config.ToString());
                return config;
            }
            catch (ConfigException e)
            {
                log.Error(e.Message + " (" + file.Location + ")");
                return null;
            }
        }
    }
}
