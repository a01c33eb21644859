namespace DeviceFirmware.Drs
{
    /// <summary>One slot's order status after cancelling test orders, e.g. NO_ORDER_IN_PROGRESS.</summary>
    public sealed class SlotOrderStatus
    {
        /// <summary>The status DRS reports when no order (test or real) is pending for the slot.</summary>
        public const string NoOrderInProgress = "NO_ORDER_IN_PROGRESS";

        private readonly string _slotId;
        private readonly string _orderStatus;

        /// <summary>Creates the entry.</summary>
        /// <param name="slotId">The slot.</param>
        /// <param name="orderStatus">Its order status as DRS spells it.</param>
        public SlotOrderStatus(string slotId, string orderStatus)
        {
            _slotId = slotId;
            _orderStatus = orderStatus;
        }

        /// <summary>The slot.</summary>
        public string SlotId
        {
            get { return _slotId; }
        }

        /// <summary>Its order status as DRS spells it.</summary>
        public string OrderStatus
        {
            get { return _orderStatus; }
        }
    }
}
