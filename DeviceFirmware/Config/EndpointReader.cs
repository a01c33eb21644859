namespace DeviceFirmware.Config
{
    /// <summary>
    /// Resolves the LWA token URL and the DRS base URL from device.region, lwa.token_url and drs.base_url
    /// (docs/nf-config.md, Region and endpoints): a URL the file writes wins; otherwise the region's.
    /// The one conflict refused: the file writes device.region and an lwa.token_url that is the LWA endpoint
    /// of another region.
    /// </summary>
    public static class EndpointReader
    {
        /// <summary>The LWA token URL: lwa.token_url when the file sets it, otherwise the region's.</summary>
        /// <param name="values">The file's checked values.</param>
        /// <returns>The URL.</returns>
        /// <exception cref="ConfigException">device.region and lwa.token_url name two different regions.</exception>
        public static string LwaTokenUrl(ConfigValues values)
        {
            string region = values.GetText(FirmwareConfigSchema.DeviceRegion);
            string written = values.GetText(FirmwareConfigSchema.LwaTokenUrl);
            if (values.LineNumberOf(FirmwareConfigSchema.LwaTokenUrl) == 0)
            {
                return FirmwareConfigSchema.LwaTokenUrlOf(region);
            }

            string writtenRegion = FirmwareConfigSchema.RegionOfLwaTokenUrl(written);
            bool regionWritten = values.LineNumberOf(FirmwareConfigSchema.DeviceRegion) != 0;
            if (regionWritten && writtenRegion != null && writtenRegion != region)
            {
                throw new ConfigException(
                    values.LineNumberOf(FirmwareConfigSchema.LwaTokenUrl),
                    FirmwareConfigSchema.LwaTokenUrl.QualifiedName,
                    written + " is the LWA endpoint of region " + writtenRegion + " but device.region is " + region + ": remove token_url (the region sets it) or make the two agree");
            }

            return written;
        }

        /// <summary>The DRS base URL: drs.base_url when the file sets it, otherwise the region's (the North American host for every region: the only one Amazon documents).</summary>
        /// <param name="values">The file's checked values.</param>
        /// <returns>The URL without trailing '/'.</returns>
        public static string DrsBaseUrl(ConfigValues values)
        {
            if (values.LineNumberOf(FirmwareConfigSchema.DrsBaseUrl) != 0)
            {
                return values.GetText(FirmwareConfigSchema.DrsBaseUrl);
            }

            return FirmwareConfigSchema.DrsBaseUrlOf(values.GetText(FirmwareConfigSchema.DeviceRegion));
        }
    }
}
