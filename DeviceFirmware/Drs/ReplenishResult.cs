using DeviceFirmware.Auth;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// The answer to a replenish call: {"eventInstanceId": "...", "detailCode": "..."}. Every
    /// detail counts as "done for this low episode": a new order, a test order, or an order
    /// already in progress.
    /// </summary>
    public sealed class ReplenishResult
    {
        /// <summary>detailCode of a real order.</summary>
        public const string StandardOrderPlacedCode = "STANDARD_ORDER_PLACED";

        /// <summary>detailCode of a test order.</summary>
        public const string TestOrderPlacedCode = "TEST_ORDER_PLACED";

        /// <summary>detailCode when an order is already in progress.</summary>
        public const string OrderInProgressCode = "ORDER_INPROGRESS";

        private readonly string _eventInstanceId;
        private readonly ReplenishDetail _detail;

        /// <summary>Creates a result.</summary>
        /// <param name="eventInstanceId">The event's ID (for order info).</param>
        /// <param name="detail">What DRS did.</param>
        public ReplenishResult(string eventInstanceId, ReplenishDetail detail)
        {
            _eventInstanceId = eventInstanceId;
            _detail = detail;
        }

        /// <summary>The event's ID, as DRS sent it (for order info).</summary>
        public string EventInstanceId
        {
            get { return _eventInstanceId; }
        }

        /// <summary>What DRS did.</summary>
        public ReplenishDetail Detail
        {
            get { return _detail; }
        }

        /// <summary>True when this call placed an order (standard or test).</summary>
        public bool PlacedOrder
        {
            get { return _detail != ReplenishDetail.OrderInProgress; }
        }

        /// <summary>Parses a 2xx replenish body.</summary>
        /// <param name="statusCode">The response's status.</param>
        /// <param name="body">The body.</param>
        /// <returns>The result.</returns>
        /// <exception cref="DrsException"><see cref="DrsFailure.BadResponse"/>: not the documented JSON or an unknown detailCode.</exception>
        public static ReplenishResult Parse(int statusCode, string body)
        {
            DrsBody reader = DrsBody.Parse(DrsOperation.Replenish, statusCode, body);
            string eventInstanceId = reader.RequiredString(reader.Root, "eventInstanceId");
            string code = reader.RequiredString(reader.Root, "detailCode");
            ReplenishDetail detail;
            if (code == StandardOrderPlacedCode)
            {
                detail = ReplenishDetail.StandardOrderPlaced;
            }
            else if (code == TestOrderPlacedCode)
            {
                detail = ReplenishDetail.TestOrderPlaced;
            }
            else if (code == OrderInProgressCode)
            {
                detail = ReplenishDetail.OrderInProgress;
            }
            else
            {
                throw reader.Fail("detailCode " + LwaText.Describe(code) + " is not one of " + StandardOrderPlacedCode + " " + TestOrderPlacedCode + " " + OrderInProgressCode);
            }

            return new ReplenishResult(eventInstanceId, detail);
        }

        /// <summary>The detail code and event ID, for logs.</summary>
        /// <returns>For example "STANDARD_ORDER_PLACED (event amzn1...)".</returns>
        public override string ToString()
        {
            return CodeOf(_detail) + " (event " + _eventInstanceId + ")";
        }

        /// <summary>The wire spelling of a detail.</summary>
        /// <param name="detail">A detail.</param>
        /// <returns>Its detailCode.</returns>
        public static string CodeOf(ReplenishDetail detail)
        {
            switch (detail)
            {
                case ReplenishDetail.StandardOrderPlaced:
                    return StandardOrderPlacedCode;
                case ReplenishDetail.TestOrderPlaced:
                    return TestOrderPlacedCode;
                default:
                    return OrderInProgressCode;
            }
        }
    }
}
