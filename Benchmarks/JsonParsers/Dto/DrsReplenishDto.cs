namespace DeviceFirmware.Benchmarks.JsonParsers.Dto
{
    /// <summary>A DRS replenish result as nanoFramework.Json fills a class (wire names as property names).</summary>
    public sealed class DrsReplenishDto
    {
        /// <summary>STANDARD_ORDER_PLACED, TEST_ORDER_PLACED or ORDER_INPROGRESS.</summary>
        public string detailCode { get; set; }

        /// <summary>The order's event instance ID.</summary>
        public string eventInstanceId { get; set; }
    }
}
