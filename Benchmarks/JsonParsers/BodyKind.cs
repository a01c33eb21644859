namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>Which response a body is: decides what a parser extracts from it.</summary>
    public enum BodyKind
    {
        /// <summary>A 200 LWA token response (access_token, refresh_token, token_type, expires_in).</summary>
        LwaToken,

        /// <summary>An LWA error response (error, error_description).</summary>
        LwaError,

        /// <summary>A 200 DRS replenish result (detailCode, eventInstanceId).</summary>
        DrsReplenish,

        /// <summary>A 200 DRS subscription info (slotsSubscriptionStatus, v1 or v2 shape).</summary>
        DrsSubscription,

        /// <summary>A DRS error body ({"message":"..."}).</summary>
        DrsMessage,
    }
}
