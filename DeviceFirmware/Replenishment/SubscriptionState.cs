namespace DeviceFirmware.Replenishment
{
    /// <summary>What the firmware knows about a slot's subscription.</summary>
    public enum SubscriptionState
    {
        /// <summary>Not known yet (subscription info not fetched since boot): ordering is allowed, DRS refuses unsubscribed slots itself.</summary>
        Unknown,

        /// <summary>DRS lists the slot as subscribed.</summary>
        Subscribed,

        /// <summary>DRS lists the slot as unsubscribed, does not list it, or refused it (404 or "unsubscribed"): no order.</summary>
        NotSubscribed,
    }
}
