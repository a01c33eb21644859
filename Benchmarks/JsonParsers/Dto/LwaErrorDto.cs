namespace DeviceFirmware.Benchmarks.JsonParsers.Dto
{
    /// <summary>An LWA error body as nanoFramework.Json fills a class (wire names as property names).</summary>
    public sealed class LwaErrorDto
    {
        /// <summary>The RFC 6749 error code.</summary>
        public string error { get; set; }

        /// <summary>The human-readable description.</summary>
        public string error_description { get; set; }
    }
}
