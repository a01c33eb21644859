using System;

namespace DeviceFirmware.Sandbox
{
    /// <summary>A snapshot of an order the sandbox placed (one per STANDARD_ORDER_PLACED or TEST_ORDER_PLACED answer).</summary>
    public sealed class SandboxOrder
    {
        /// <summary>Status while the order is neither delivered nor cancelled.</summary>
        public const string Pending = "Pending";

        /// <summary>Status once delivered.</summary>
        public const string Delivered = "Delivered";

        /// <summary>Status once cancelled (test orders only).</summary>
        public const string Cancelled = "Cancelled";

        /// <summary>A snapshot.</summary>
        /// <param name="eventInstanceId">The eventInstanceId of the replenish call that placed it.</param>
        /// <param name="model">Device model.</param>
        /// <param name="serial">Device serial.</param>
        /// <param name="slotId">Slot.</param>
        /// <param name="asin">Product.</param>
        /// <param name="quantity">Units.</param>
        /// <param name="isTestOrder">Whether it is a test order.</param>
        /// <param name="placedAt">When it was placed, sandbox clock.</param>
        /// <param name="status">Pending, Delivered or Cancelled.</param>
        /// <param name="endedAt">When it was delivered or cancelled, or null while pending.</param>
        public SandboxOrder(string eventInstanceId, string model, string serial, string slotId, string asin, int quantity, bool isTestOrder, DateTimeOffset placedAt, string status, DateTimeOffset? endedAt)
        {
            EventInstanceId = eventInstanceId;
            Model = model;
            Serial = serial;
            SlotId = slotId;
            Asin = asin;
            Quantity = quantity;
            IsTestOrder = isTestOrder;
            PlacedAt = placedAt;
            Status = status;
            EndedAt = endedAt;
        }

        /// <summary>The eventInstanceId of the replenish call that placed it.</summary>
        public string EventInstanceId { get; }

        /// <summary>Device model.</summary>
        public string Model { get; }

        /// <summary>Device serial.</summary>
        public string Serial { get; }

        /// <summary>Slot.</summary>
        public string SlotId { get; }

        /// <summary>Product.</summary>
        public string Asin { get; }

        /// <summary>Units.</summary>
        public int Quantity { get; }

        /// <summary>Whether it is a test order (no charge, no shipment).</summary>
        public bool IsTestOrder { get; }

        /// <summary>When it was placed, on the sandbox clock.</summary>
        public DateTimeOffset PlacedAt { get; }

        /// <summary><see cref="Pending"/>, <see cref="Delivered"/> or <see cref="Cancelled"/>.</summary>
        public string Status { get; }

        /// <summary>When it was delivered or cancelled, or null while pending.</summary>
        public DateTimeOffset? EndedAt { get; }
    }
}
