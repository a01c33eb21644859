namespace DeviceFirmware.Config
{
    /// <summary>
    /// Reads device.flow and checks the keys that depend on it (docs/nf-config.md, Flow): the web-app flow needs
    /// cloud.url and takes no [lwa], [drs] or [pkce] key (the web application talks to LWA and DRS, the device
    /// does not); the companion flow takes no cloud.url. A key that the flow would ignore is refused rather than
    /// ignored: a maker who writes it expects it to do something.
    /// </summary>
    public static class FlowReader
    {
        /// <summary>The flow, after checking the keys that depend on it.</summary>
        /// <param name="values">The file's checked values.</param>
        /// <returns>The flow.</returns>
        /// <exception cref="ConfigException">cloud.url missing in the web-app flow, written in the companion flow, or an [lwa], [drs] or [pkce] key written in the web-app flow.</exception>
        public static FirmwareFlow Read(ConfigValues values)
        {
            bool webApp = values.GetText(FirmwareConfigSchema.DeviceFlow) == FirmwareConfigSchema.FlowWebApp;
            int cloudLine = values.LineNumberOf(FirmwareConfigSchema.CloudUrl);
            if (!webApp)
            {
                if (cloudLine != 0)
                {
                    throw new ConfigException(cloudLine, FirmwareConfigSchema.CloudUrl.QualifiedName,
                        "only used when device.flow = " + FirmwareConfigSchema.FlowWebApp + " (this file's flow is " + FirmwareConfigSchema.FlowCompanion + "): remove it, or write flow = " + FirmwareConfigSchema.FlowWebApp + " under [device]");
                }

                return FirmwareFlow.Companion;
            }

            if (cloudLine == 0)
            {
                throw new ConfigException(values.LineNumberOf(FirmwareConfigSchema.DeviceFlow), FirmwareConfigSchema.CloudUrl.QualifiedName,
                    "required when device.flow = " + FirmwareConfigSchema.FlowWebApp + ": add url = https://... (the web application's address) under [cloud]");
            }

            RefuseInWebApp(values, FirmwareConfigSchema.LwaTokenUrl);
            RefuseInWebApp(values, FirmwareConfigSchema.DrsBaseUrl);
            RefuseInWebApp(values, FirmwareConfigSchema.DrsRefusalsBeforeReset);
            RefuseInWebApp(values, FirmwareConfigSchema.DrsRefusalWindowMinutes);
            RefuseInWebApp(values, FirmwareConfigSchema.PkceMethod);
            RefuseInWebApp(values, FirmwareConfigSchema.PkceVerifierLength);
            return FirmwareFlow.WebApp;
        }

        private static void RefuseInWebApp(ConfigValues values, ConfigKey key)
        {
            int line = values.LineNumberOf(key);
            if (line != 0)
            {
                throw new ConfigException(line, key.QualifiedName,
                    "not used when device.flow = " + FirmwareConfigSchema.FlowWebApp + " (the web application talks to LWA and DRS, the device does not): remove it");
            }
        }
    }
}
