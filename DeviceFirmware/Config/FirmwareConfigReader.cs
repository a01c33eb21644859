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

            ConfigValues values = ConfigValues.Read(document, FirmwareConfigSchema.Keys, FirmwareConfigSchema.Families);
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

            // The flow first: it decides which of the endpoint keys make sense.
            FirmwareFlow flow = FlowReader.Read(values);

            // Endpoints (region, explicit URLs), then the pins against the chip, then the slots.
            string lwaTokenUrl = EndpointReader.LwaTokenUrl(values);
            string drsBaseUrl = EndpointReader.DrsBaseUrl(values);
            EspChip chip = ChipPins.Parse(values.GetText(FirmwareConfigSchema.DeviceChip));
            BoardPinReader.CheckPins(values, chip);
            ProvisioningSettings provisioning = ReadProvisioning(values);
            SupplySlotSettings[] slots = SupplySlotReader.Read(values);
            BoardPinReader.CheckSlots(values, chip);
            return new FirmwareConfig(
                values.GetText(FirmwareConfigSchema.DeviceModel),
                flow,
                values.GetText(FirmwareConfigSchema.CloudUrl),
                serialSource,
                serial,
                values.GetText(FirmwareConfigSchema.DeviceRegion),
                chip,
                values.GetInteger(FirmwareConfigSchema.DeviceStatusLedPin),
                lwaTokenUrl,
                drsBaseUrl,
                values.GetInteger(FirmwareConfigSchema.DrsRefusalsBeforeReset),
                values.GetInteger(FirmwareConfigSchema.DrsRefusalWindowMinutes),
                PkceMethodNames.Parse(values.GetText(FirmwareConfigSchema.PkceMethod)),
                values.GetInteger(FirmwareConfigSchema.PkceVerifierLength),
                provisioning,
                slots);
        }

        private static ProvisioningSettings ReadProvisioning(ConfigValues values)
        {
            string name = values.GetText(FirmwareConfigSchema.ProvisioningDeviceName);
            if (name == FirmwareConfigSchema.AutoDeviceName)
            {
                name = null;
            }

            return new ProvisioningSettings(
                values.GetInteger(FirmwareConfigSchema.ProvisioningWindowMinutes),
                values.GetInteger(FirmwareConfigSchema.ProvisioningButtonPin),
                values.GetInteger(FirmwareConfigSchema.ProvisioningLongPressSeconds),
                name,
                ReadPasskey(values),
                values.GetText(FirmwareConfigSchema.ProvisioningBleDuringExchange) == FirmwareConfigSchema.BleStop);
        }

        private static int ReadPasskey(ConfigValues values)
        {
            string passkey = values.GetText(FirmwareConfigSchema.ProvisioningPasskey);
            if (passkey == FirmwareConfigSchema.NoPasskeyValue)
            {
                return ProvisioningSettings.NoPasskey;
            }

            bool digits = passkey.Length == FirmwareConfigSchema.PasskeyLength;
            for (int i = 0; i < passkey.Length && digits; i++)
            {
                digits = ConfigText.IsDigit(passkey[i]);
            }

            if (!digits)
            {
                // The value is not echoed: it may be meant as a secret.
                throw new ConfigException(
                    values.LineNumberOf(FirmwareConfigSchema.ProvisioningPasskey),
                    FirmwareConfigSchema.ProvisioningPasskey.QualifiedName,
                    "a passkey is exactly " + FirmwareConfigSchema.PasskeyLength + " digits (000000..999999), or " + FirmwareConfigSchema.NoPasskeyValue + " for Just Works pairing");
            }

            return int.Parse(passkey);
        }
    }
}
