namespace DeviceFirmware.Drs
{
    /// <summary>One product a slot is subscribed to (subscription info v2: productInfoList).</summary>
    public sealed class ProductInfo
    {
        private readonly string _asin;
        private readonly double _quantity;
        private readonly string _unit;

        /// <summary>Creates the entry.</summary>
        /// <param name="asin">The product's ASIN, or null when absent.</param>
        /// <param name="quantity">Quantity per order (0 when absent).</param>
        /// <param name="unit">Unit of the quantity, or null when absent.</param>
        public ProductInfo(string asin, double quantity, string unit)
        {
            _asin = asin;
            _quantity = quantity;
            _unit = unit;
        }

        /// <summary>The product's ASIN, or null.</summary>
        public string Asin
        {
            get { return _asin; }
        }

        /// <summary>Quantity per order (0 when DRS sent none).</summary>
        public double Quantity
        {
            get { return _quantity; }
        }

        /// <summary>Unit of <see cref="Quantity"/>, or null.</summary>
        public string Unit
        {
            get { return _unit; }
        }
    }
}
