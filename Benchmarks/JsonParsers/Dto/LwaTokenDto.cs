namespace DeviceFirmware.Benchmarks.JsonParsers.Dto
{
    /// <summary>
    /// The token response as nanoFramework.Json fills a class: it matches JSON names to property names,
    /// so the properties carry the wire names (snake_case) and expires_in is the long the firmware needs.
    /// </summary>
    public sealed class LwaTokenDto
    {
        /// <summary>The access token.</summary>
        public string access_token { get; set; }

        /// <summary>The refresh token (absent after some refreshes).</summary>
        public string refresh_token { get; set; }

        /// <summary>The token type.</summary>
        public string token_type { get; set; }

        /// <summary>The lifetime in seconds.</summary>
        public long expires_in { get; set; }
    }
}
