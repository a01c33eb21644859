namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// The LWA and DRS bodies the firmware parses, shaped as the sandbox and the LWA/DRS documentation give
    /// them: tokens of the sandbox's default size (Atza|/Atzr| + 344 base64 characters, with '|', '+', '/'
    /// and '='), expires_in as a number and as a string, unknown extra fields, an LWA error, a replenish
    /// result, subscription info v1 and v2, the DRS "Invalid token" error, and two bodies
    /// a parser must reject (a truncated token response, an HTML page).
    /// </summary>
    public static class SampleBodies
    {
        /// <summary>The access token of the samples.</summary>
        public const string AccessToken = "Atza|IwE+/dVAf6dLUfpyauNrX5sWzogT+bMoOhZYodR69ENgPZUiMswGMQ7okGZqR6jgwaIeO/7zsQX6fj+njGjhmbvFv+ghMkNwWOLxL8W9eaLQw3AYVAOzstgu8F7kyZ8tW5VEBoZ0U6wMQWiDYX3uXw/4MXUQYhoWqqhv6+QIHglRyPVE3Ba0cgZ6wr9vsSy4rSlPqksEf7MnAE3jNndpKdDwgjeQMZ7+qbMp7GUQQuXSKIH7HSs+Yg7Q2jf6kHx+I8w5SSLM0jmjoFQH8c/UcCMXnYxijqZEy2TwbaDhhhqyz11BGq8C5BrsWxqCZq88leoO4EzIr6AbGBIckIl38uJglhA==";

        /// <summary>The refresh token of the samples.</summary>
        public const string RefreshToken = "Atzr|IwE+/lR6/Km1uyu1eD1vssG0QKMxOTUSAzE444aEwxguA44kW0WqxqyW13JEYnTKLENhspBg67SVKFi3NX8gyvozeKReJEcHidTAFVWIqrKygkr6R3PzIMrWEcjpsH8EB0jaKt9FDzdGlRcCQO2YUQ/A0Yt4/bY2NDgaWm+dWnoJ7fpjLPNPUQ4FDMmpYxW8PTsjKAWdhq5mm+jFz4fcOsfgRwL5s4EMtesd6wO/ACwK2mQKpGG3gEDs4us7JrO9Iygmvzbs90k5by5+Og57bF35QXnS8q/5UJI3NsO0KWdD+OHKRi/ioZZNpLKBh17MLthCOEDaYEezItW4R8CAPRkZfsg==";

        /// <summary>Token response after a code exchange, expires_in as a JSON number (what LWA sends).</summary>
        public const string TokenNumber = "{\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"" + RefreshToken
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600}";

        /// <summary>The same with expires_in as a JSON string (one LWA document shows it so; the sandbox's --expires-in-string).</summary>
        public const string TokenString = "{\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"" + RefreshToken
            + "\",\"token_type\":\"bearer\",\"expires_in\":\"3600\"}";

        /// <summary>A token response with fields the firmware does not know: a string, a number, null and a nested object with an array.</summary>
        public const string TokenUnknownFields = "{\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"" + RefreshToken
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"dash:replenish\",\"issued_at\":1767225600,"
            + "\"id_token\":null,\"x_amzn_meta\":{\"region\":\"EU\",\"grants\":[\"dash:replenish\",\"profile\"]}}";

        /// <summary>A refresh answer without a new refresh token (keep the stored one), "Bearer" capitalised, 3573 s, pretty-printed.</summary>
        public const string TokenRefreshOnly = "{\n  \"access_token\": \"" + AccessToken + "\",\n  \"token_type\": \"Bearer\",\n  \"expires_in\": 3573\n}";

        /// <summary>An LWA error body (HTTP 400).</summary>
        public const string LwaInvalidGrant = "{\"error_description\":\"The request has an invalid grant parameter : refresh_token\",\"error\":\"invalid_grant\"}";

        /// <summary>A DRS replenish result.</summary>
        public const string ReplenishPlaced = "{\"detailCode\":\"STANDARD_ORDER_PLACED\",\"eventInstanceId\":\"amzn1.dash.v2.o.ci5hMzFkNDk3YS1jN2Y0LTQ3ZjYtOTQ4Mi1hNjk2ZGIxNmI3YjAiLCJ0\"}";

        /// <summary>The first slot ID of the samples.</summary>
        public const string SlotA = "0a5038b7-7609-4b81-b87e-3e291f386324";

        /// <summary>The second slot ID of the samples.</summary>
        public const string SlotB = "e1f44c2d-63bc-4d4b-a1ce-7b6e8f5e0c11";

        /// <summary>Subscription info, v1 shape (slot ID to subscribed).</summary>
        public const string SubscriptionV1 = "{\"slotsSubscriptionStatus\":{\"" + SlotA + "\":true,\"" + SlotB + "\":false}}";

        /// <summary>Subscription info, v2 shape (slot ID to an object with the products chosen).</summary>
        public const string SubscriptionV2 = "{\"slotsSubscriptionStatus\":{\"" + SlotA + "\":{\"subscribed\":true,\"productInfoList\":"
            + "[{\"asin\":\"B07PX9M5Z3\",\"quantity\":2,\"unit\":\"count\"}]},\"" + SlotB + "\":{\"subscribed\":false,\"productInfoList\":[]}}}";

        /// <summary>The DRS answer to an expired access token (HTTP 400).</summary>
        public const string InvalidToken = "{\"message\":\"Invalid token\"}";

        /// <summary>A token response cut off inside the refresh token (a dropped connection): must be rejected.</summary>
        public const string TokenTruncated = "{\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"Atzr|IwE+/lR6/Km1uyu1eD1vssG0QKMx";

        /// <summary>An HTML page where JSON was expected (a captive portal or proxy answering 200): must be rejected.</summary>
        public const string HtmlPage = "<html><head><title>Sign in to Wi-Fi</title></head><body>Please accept the terms</body></html>";

        /// <summary>Every sample with its expected summary.</summary>
        /// <returns>The samples, in result-line order.</returns>
        public static SampleBody[] All()
        {
            string slotA2 = Summary.Slot(SlotA, true, Summary.Product("B07PX9M5Z3", "2", "count"));
            return new SampleBody[]
            {
                new SampleBody("lwa-token-number", BodyKind.LwaToken, TokenNumber, Summary.Token(AccessToken, RefreshToken, "bearer", "3600")),
                new SampleBody("lwa-token-string", BodyKind.LwaToken, TokenString, Summary.Token(AccessToken, RefreshToken, "bearer", "3600")),
                new SampleBody("lwa-token-unknown-fields", BodyKind.LwaToken, TokenUnknownFields, Summary.Token(AccessToken, RefreshToken, "bearer", "3600")),
                new SampleBody("lwa-token-refresh-only", BodyKind.LwaToken, TokenRefreshOnly, Summary.Token(AccessToken, null, "Bearer", "3573")),
                new SampleBody("lwa-error", BodyKind.LwaError, LwaInvalidGrant, Summary.LwaError("invalid_grant")),
                new SampleBody("drs-replenish", BodyKind.DrsReplenish, ReplenishPlaced,
                    Summary.Replenish("STANDARD_ORDER_PLACED", "amzn1.dash.v2.o.ci5hMzFkNDk3YS1jN2Y0LTQ3ZjYtOTQ4Mi1hNjk2ZGIxNmI3YjAiLCJ0")),
                new SampleBody("drs-subscription-v1", BodyKind.DrsSubscription, SubscriptionV1,
                    Summary.Subscription(new string[] { Summary.Slot(SlotA, true, string.Empty), Summary.Slot(SlotB, false, string.Empty) })),
                new SampleBody("drs-subscription-v2", BodyKind.DrsSubscription, SubscriptionV2,
                    Summary.Subscription(new string[] { slotA2, Summary.Slot(SlotB, false, string.Empty) })),
                new SampleBody("drs-invalid-token", BodyKind.DrsMessage, InvalidToken, Summary.Message("Invalid token")),
                new SampleBody("lwa-token-truncated", BodyKind.LwaToken, TokenTruncated, Summary.Rejected),
                new SampleBody("lwa-token-html", BodyKind.LwaToken, HtmlPage, Summary.Rejected),
            };
        }
    }
}
