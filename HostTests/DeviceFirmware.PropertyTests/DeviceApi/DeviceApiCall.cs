namespace DeviceFirmware.PropertyTests.DeviceApi
{
    /// <summary>One device API call and the web application's scripted answers (the client may send a second request after stale_timestamp or replayed_nonce).</summary>
    public sealed class DeviceApiCall
    {
        /// <summary>Creates the case.</summary>
        /// <param name="operation">0 status, 1 levels, 2 replenish.</param>
        /// <param name="answers">The scripted answers in order: (status, body); status 0 is a transport failure.</param>
        public DeviceApiCall(int operation, (int Status, string Body)[] answers)
        {
            Operation = operation;
            Answers = answers;
        }

        /// <summary>Which call.</summary>
        public int Operation { get; }

        /// <summary>The scripted answers in order.</summary>
        public (int Status, string Body)[] Answers { get; }

        /// <summary>A description (the bodies hold no secret).</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            "operation " + Operation + ", answers " + string.Join(", ", System.Array.ConvertAll(Answers, a => a.Status == 0 ? "transport failure" : "HTTP " + a.Status + " " + System.Text.Json.JsonSerializer.Serialize(a.Body)));
    }
}
