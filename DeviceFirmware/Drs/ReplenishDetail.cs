namespace DeviceFirmware.Drs
{
    /// <summary>The detailCode of a replenish result (Amazon's DRS device API, replenish 200 body).</summary>
    public enum ReplenishDetail
    {
        /// <summary>STANDARD_ORDER_PLACED: a real order was placed.</summary>
        StandardOrderPlaced,

        /// <summary>TEST_ORDER_PLACED: a test device's order (no charge, no shipment).</summary>
        TestOrderPlaced,

        /// <summary>ORDER_INPROGRESS: no new order; one is still undelivered (or a test order is pending).</summary>
        OrderInProgress,
    }
}
