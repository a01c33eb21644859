namespace DeviceFirmware.Benchmarks.JsonParsers.Dto
{
    /// <summary>A DRS error body as nanoFramework.Json fills a class.</summary>
    public sealed class DrsMessageDto
    {
        /// <summary>The message ("Invalid token", "Unable to place order - slot : ... is unsubscribed.").</summary>
        public string message { get; set; }
    }
}
