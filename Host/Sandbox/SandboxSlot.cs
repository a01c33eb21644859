using System;

namespace DeviceFirmware.Sandbox
{
    /// <summary>
    /// A DRS slot of the device model, as the sandbox starts every new registration with it:
    /// its ID, whether the customer subscribed it, and the product DRS would order for it.
    /// </summary>
    public sealed class SandboxSlot
    {
        /// <summary>A slot.</summary>
        /// <param name="slotId">The slot ID used in the DRS paths, e.g. slot1.</param>
        /// <param name="subscribed">Whether the customer chose a product for it (replenish fails otherwise).</param>
        /// <param name="asin">The product ordered; a made-up ASIN when omitted.</param>
        /// <param name="quantity">How many of the product one order holds (at least 1).</param>
        /// <param name="unit">The unit the subscription info reports, e.g. count.</param>
        public SandboxSlot(string slotId, bool subscribed = true, string asin = null, int quantity = 1, string unit = "count")
        {
            if (string.IsNullOrEmpty(slotId) || slotId.IndexOf('/') >= 0)
            {
                throw new ArgumentException("A slot ID is a non-empty path segment.", nameof(slotId));
            }

            if (quantity < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(quantity), "A slot orders at least one unit.");
            }

            SlotId = slotId;
            Subscribed = subscribed;
            Asin = string.IsNullOrEmpty(asin) ? "B0SANDBOX" + slotId.ToUpperInvariant() : asin;
            Quantity = quantity;
            Unit = string.IsNullOrEmpty(unit) ? "count" : unit;
        }

        /// <summary>The slot ID.</summary>
        public string SlotId { get; }

        /// <summary>Whether the slot is subscribed when a registration starts.</summary>
        public bool Subscribed { get; }

        /// <summary>The product ordered for the slot.</summary>
        public string Asin { get; }

        /// <summary>Units per order.</summary>
        public int Quantity { get; }

        /// <summary>The unit name in subscription info v2.</summary>
        public string Unit { get; }
    }
}
