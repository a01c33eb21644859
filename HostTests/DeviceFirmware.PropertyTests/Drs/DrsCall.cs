namespace DeviceFirmware.PropertyTests.Drs
{
    /// <summary>One DRS call of a provisioned device and the scripted answers (DRS, then LWA's refresh, then DRS again).</summary>
    public sealed class DrsCall
    {
        /// <summary>Creates the case.</summary>
        /// <param name="operation">Which DrsClient method: 0 replenish, 1 slot status, 2 device status, 3 subscription info, 4 order info, 5 cancel test order, 6 deregister.</param>
        /// <param name="answers">The scripted answers in order: (status, body); status 0 is a transport failure.</param>
        public DrsCall(int operation, (int Status, string Body)[] answers)
        {
            Operation = operation;
            Answers = answers;
        }

        /// <summary>Which DrsClient method is called.</summary>
        public int Operation { get; }

        /// <summary>The scripted answers in order.</summary>
        public (int Status, string Body)[] Answers { get; }

        /// <summary>A description without secrets.</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            "operation " + Operation + ", answers " + string.Join(", ", System.Array.ConvertAll(Answers, a => a.Status == 0 ? "transport failure" : "HTTP " + a.Status + " " + (a.Body.Contains("SECRET", System.StringComparison.Ordinal) ? "(a " + a.Body.Length + "-char body with a token)" : System.Text.Json.JsonSerializer.Serialize(a.Body))));
    }
}
