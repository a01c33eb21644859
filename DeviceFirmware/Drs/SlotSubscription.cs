namespace DeviceFirmware.Drs
{
    /// <summary>Whether one slot is subscribed, with its products when DRS sent the v2 shape.</summary>
    public sealed class SlotSubscription
    {
        private readonly string _slotId;
        private readonly bool _subscribed;
        private readonly ProductInfo[] _products;

        /// <summary>Creates the entry.</summary>
        /// <param name="slotId">The DRS slot ID.</param>
        /// <param name="subscribed">Whether the customer chose a product for it.</param>
        /// <param name="products">Its products (empty for the v1 shape).</param>
        public SlotSubscription(string slotId, bool subscribed, ProductInfo[] products)
        {
            _slotId = slotId;
            _subscribed = subscribed;
            _products = products == null ? new ProductInfo[0] : products;
        }

        /// <summary>The DRS slot ID.</summary>
        public string SlotId
        {
            get { return _slotId; }
        }

        /// <summary>Whether replenish may be called for this slot.</summary>
        public bool Subscribed
        {
            get { return _subscribed; }
        }

        /// <summary>Number of products listed (0 for the v1 shape).</summary>
        public int ProductCount
        {
            get { return _products.Length; }
        }

        /// <summary>A product.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The product.</returns>
        public ProductInfo ProductAt(int index)
        {
            return _products[index];
        }
    }
}
