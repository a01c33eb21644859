using System.Collections;

namespace DeviceFirmware.Benchmarks.JsonParsers.Dto
{
    /// <summary>
    /// DRS subscription info as nanoFramework.Json fills a class: the slot IDs are keys chosen by the
    /// device maker, so the status is a Hashtable (slot ID to bool in v1, to an object in v2).
    /// </summary>
    public sealed class DrsSubscriptionDto
    {
        /// <summary>Slot ID to subscription status.</summary>
        public Hashtable slotsSubscriptionStatus { get; set; }
    }
}
