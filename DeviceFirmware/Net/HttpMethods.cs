namespace DeviceFirmware.Net
{
    /// <summary>The HTTP methods the firmware uses (RFC 9110 section 9), as sent on the wire.</summary>
    public static class HttpMethods
    {
        /// <summary>GET.</summary>
        public const string Get = "GET";

        /// <summary>POST.</summary>
        public const string Post = "POST";

        /// <summary>DELETE.</summary>
        public const string Delete = "DELETE";
    }
}
