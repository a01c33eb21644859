using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Config
{
    /// <summary>Builds a <see cref="FirmwareConfig"/> from a parsed nf.config and <see cref="FirmwareConfigSchema"/>.</summary>
    public static class FirmwareConfigReader
    {
        /// <summary>Checks the document against the firmware schema and reads the typed configuration.</summary>
        /// <param name="document">The parsed file.</param>
        /// <returns>The configuration.</returns>
        /// <exception cref="ConfigException">The first problem found.</exception>
        public static FirmwareConfig Read(ConfigDocument document)
        {
            if (document == null)
            {
                throw new ArgumentNullException("document");
            }

            ConfigValues values = ConfigValues.Read(document, FirmwareConfigSchema.Keys);
            string serial = values.GetText(FirmwareConfigSchema.DeviceSerial);
            SerialSource serialSource = SerialSource.Fixed;
            if (serial == FirmwareConfigSchema.MacSerial)
            {
                serialSource = SerialSource.Mac;
                serial = null;
            }
            else if (ConfigText.ToLowerAscii(serial) == FirmwareConfigSchema.MacSerial)
            {
                // Every device would share the literal serial "MAC": surely a mistyped keyword.
                throw new ConfigException(
                    values.LineNumberOf(FirmwareConfigSchema.DeviceSerial),
                    FirmwareConfigSchema.DeviceSerial.QualifiedName,
                    ConfigText.Quote(serial) + " is not a usable serial: write " + FirmwareConfigSchema.MacSerial + " (lower case) to derive it from the chip's MAC");
            }

            return new FirmwareConfig(
                values.GetText(FirmwareConfigSchema.DeviceModel),
                serialSource,
                serial,
                values.GetText(FirmwareConfigSchema.LwaTokenUrl),
                values.GetText(FirmwareConfigSchema.DrsBaseUrl),
                PkceMethodNames.Parse(values.GetText(FirmwareConfigSchema.PkceMethod)),
                values.GetInteger(FirmwareConfigSchema.PkceVerifierLength));
        }
    }
}
