namespace DeviceFirmware.DeviceApi
{
    /// <summary>A replenish answer of the web application: the outcome, the DRS order ID when given, and when to ask again.</summary>
    public sealed class OrderAnswer
    {
        private readonly OrderOutcome _outcome;
        private readonly string _orderId;
        private readonly int _retryAfterSeconds;

        /// <summary>Creates the answer.</summary>
        /// <param name="outcome">The outcome.</param>
        /// <param name="orderId">The DRS event instance ID, or null.</param>
        /// <param name="retryAfterSeconds">Seconds to wait before asking again (sign_in, retry_later), 0 otherwise.</param>
        public OrderAnswer(OrderOutcome outcome, string orderId, int retryAfterSeconds)
        {
            _outcome = outcome;
            _orderId = orderId;
            _retryAfterSeconds = retryAfterSeconds;
        }

        /// <summary>The outcome.</summary>
        public OrderOutcome Outcome
        {
            get { return _outcome; }
        }

        /// <summary>The DRS event instance ID, or null.</summary>
        public string OrderId
        {
            get { return _orderId; }
        }

        /// <summary>Seconds before asking again (sign_in, retry_later); 0 for a final outcome.</summary>
        public int RetryAfterSeconds
        {
            get { return _retryAfterSeconds; }
        }

        /// <summary>True for placed, test_order and in_progress: the episode is done.</summary>
        public bool IsFinal
        {
            get { return _outcome == OrderOutcome.Placed || _outcome == OrderOutcome.TestOrder || _outcome == OrderOutcome.InProgress; }
        }
    }
}
