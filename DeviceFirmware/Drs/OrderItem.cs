namespace DeviceFirmware.Drs
{
    /// <summary>One item of an order (order info: orderItems).</summary>
    public sealed class OrderItem
    {
        private readonly string _slotId;
        private readonly string _asin;
        private readonly string _status;
        private readonly string _expectedDeliveryDate;
        private readonly double _quantity;

        /// <summary>Creates the item.</summary>
        /// <param name="slotId">The slot it replenishes.</param>
        /// <param name="asin">The product's ASIN, or null.</param>
        /// <param name="status">The order status as DRS spells it, or null.</param>
        /// <param name="expectedDeliveryDate">Expected delivery date as DRS wrote it (ISO-8601), or null.</param>
        /// <param name="quantity">Quantity (0 when absent).</param>
        public OrderItem(string slotId, string asin, string status, string expectedDeliveryDate, double quantity)
        {
            _slotId = slotId;
            _asin = asin;
            _status = status;
            _expectedDeliveryDate = expectedDeliveryDate;
            _quantity = quantity;
        }

        /// <summary>The slot it replenishes.</summary>
        public string SlotId
        {
            get { return _slotId; }
        }

        /// <summary>The product's ASIN, or null.</summary>
        public string Asin
        {
            get { return _asin; }
        }

        /// <summary>The order status as DRS spells it, or null.</summary>
        public string Status
        {
            get { return _status; }
        }

        /// <summary>Expected delivery date as DRS wrote it, or null.</summary>
        public string ExpectedDeliveryDate
        {
            get { return _expectedDeliveryDate; }
        }

        /// <summary>Quantity ordered (0 when absent).</summary>
        public double Quantity
        {
            get { return _quantity; }
        }
    }
}
