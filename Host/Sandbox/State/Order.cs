using System;

namespace DeviceFirmware.Sandbox.State
{
    /// <summary>An order placed by a replenish call; delivered by the control API or after the configured delay.</summary>
    internal sealed class Order
    {
        public Order(string eventInstanceId, Registration registration, SlotState slot, bool isTest, DateTimeOffset placedAt)
        {
            EventInstanceId = eventInstanceId;
            Registration = registration;
            Slot = slot;
            IsTest = isTest;
            PlacedAt = placedAt;
        }

        public string EventInstanceId { get; }

        public Registration Registration { get; }

        public SlotState Slot { get; }

        public bool IsTest { get; }

        public DateTimeOffset PlacedAt { get; }

        /// <summary>Set by the control API; see <see cref="DeliveredAt"/> for the delay.</summary>
        public DateTimeOffset? DeliveredByControlAt { get; set; }

        public DateTimeOffset? CancelledAt { get; set; }

        /// <summary>When the order was (or counts as) delivered by <paramref name="now"/>, or null.</summary>
        public DateTimeOffset? DeliveredAt(DateTimeOffset now, TimeSpan? deliveryDelay)
        {
            if (DeliveredByControlAt.HasValue)
            {
                return DeliveredByControlAt;
            }

            if (CancelledAt == null && deliveryDelay.HasValue && now >= PlacedAt + deliveryDelay.Value)
            {
                return PlacedAt + deliveryDelay.Value;
            }

            return null;
        }

        /// <summary>Whether the order still blocks its slot at <paramref name="now"/>.</summary>
        public bool IsPending(DateTimeOffset now, TimeSpan? deliveryDelay) => CancelledAt == null && DeliveredAt(now, deliveryDelay) == null;

        /// <summary>Pending, Delivered or Cancelled (the order info status).</summary>
        public string Status(DateTimeOffset now, TimeSpan? deliveryDelay)
        {
            if (CancelledAt.HasValue)
            {
                return SandboxOrder.Cancelled;
            }

            return DeliveredAt(now, deliveryDelay).HasValue ? SandboxOrder.Delivered : SandboxOrder.Pending;
        }

        public SandboxOrder Snapshot(DateTimeOffset now, TimeSpan? deliveryDelay)
        {
            return new SandboxOrder(
                EventInstanceId,
                Registration.Device.Model,
                Registration.Device.Serial,
                Slot.SlotId,
                Slot.Config.Asin,
                Slot.Config.Quantity,
                IsTest,
                PlacedAt,
                Status(now, deliveryDelay),
                CancelledAt ?? DeliveredAt(now, deliveryDelay));
        }
    }
}
