namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Where a slot stands in its low episode: what is kept on flash so that a reboot never
    /// orders twice (see <see cref="ReplenishmentPolicy"/> for the reasoning).
    /// </summary>
    public enum SlotPhase
    {
        /// <summary>Not in a low episode: the next confirmed low reading starts one and orders.</summary>
        Armed,

        /// <summary>Low, and an order is wanted: stored BEFORE replenish is sent. After a reboot it means "replenish may or may not have reached DRS": send again (DRS answers ORDER_INPROGRESS if it did).</summary>
        OrderPending,

        /// <summary>Low, and DRS confirmed an order (placed, test order, or already in progress): nothing more until refilled.</summary>
        Ordered,

        /// <summary>Low, but the slot is unsubscribed or unknown to DRS: no order unless the subscription info later says it is subscribed.</summary>
        Declined,
    }
}
