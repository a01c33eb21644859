namespace DeviceFirmware.DeviceApi
{
    /// <summary>The web application's answer to "slot S is low in episode E" (docs/device-api.md, replenish).</summary>
    public enum OrderOutcome
    {
        /// <summary>placed: DRS placed a standard order. Episode done.</summary>
        Placed,

        /// <summary>test_order: DRS placed a test order (no charge, no shipment). Episode done.</summary>
        TestOrder,

        /// <summary>in_progress: DRS has an undelivered order for the slot already. Episode done.</summary>
        InProgress,

        /// <summary>sign_in: the user must sign in with Amazon again on the web application. Episode kept; ask again after retryAfterSeconds.</summary>
        SignIn,

        /// <summary>retry_later: DRS or LWA failed or is unreachable now. Episode kept; ask again after retryAfterSeconds.</summary>
        RetryLater,
    }
}
