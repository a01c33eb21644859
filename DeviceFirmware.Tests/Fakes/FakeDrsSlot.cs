namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>One slot of <see cref="FakeDrsService"/>: subscription and order state.</summary>
    public sealed class FakeDrsSlot
    {
        /// <summary>Creates a slot.</summary>
        public FakeDrsSlot(string slotId, bool subscribed)
        {
            SlotId = slotId;
            Subscribed = subscribed;
        }

        /// <summary>The DRS slot ID.</summary>
        public string SlotId { get; private set; }

        /// <summary>Whether replenish may order.</summary>
        public bool Subscribed { get; set; }

        /// <summary>True while an order is undelivered (replenish then answers ORDER_INPROGRESS).</summary>
        public bool OrderInProgress { get; set; }

        /// <summary>Orders placed for the slot.</summary>
        public int OrdersPlaced { get; set; }

        /// <summary>Replenish calls that reached the slot.</summary>
        public int ReplenishCalls { get; set; }

        /// <summary>Slot status reports received.</summary>
        public int StatusReports { get; set; }

        /// <summary>Body of the last slot status report.</summary>
        public string LastStatusBody { get; set; }
    }
}
