using DeviceFirmware.Json;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>
    /// Reads the web application's JSON answers with the firmware's strict JSON reader (docs/device-api.md, Calls).
    /// Unknown members are ignored (a newer web application may add some); a missing or mistyped documented member
    /// is a <see cref="DeviceApiException"/> of <see cref="DeviceApiFailure.BadResponse"/>, and so is malformed JSON.
    /// </summary>
    public static class DeviceApiAnswers
    {
        /// <summary>Longest answer read (the API's own limit on bodies).</summary>
        public const int MaxAnswerLength = 4096;

        /// <summary>Longest orderId kept.</summary>
        public const int MaxOrderIdLength = 128;

        /// <summary>The "registered" member of a status answer.</summary>
        /// <param name="body">The answer's body.</param>
        /// <returns>True when a user registered the device and signed in with Amazon.</returns>
        /// <exception cref="DeviceApiException">Not the documented answer.</exception>
        public static bool Registered(string body)
        {
            JsonValue value = Object(body).Get("registered");
            if (value == null || (value.Kind != JsonValueKind.True && value.Kind != JsonValueKind.False))
            {
                throw Bad("registered is missing or not true/false");
            }

            return value.Kind == JsonValueKind.True;
        }

        /// <summary>The "accepted" member of a levels answer.</summary>
        /// <param name="body">The answer's body.</param>
        /// <returns>The number of slots recorded.</returns>
        /// <exception cref="DeviceApiException">Not the documented answer.</exception>
        public static int Accepted(string body)
        {
            return (int)Integer(Object(body), "accepted", 0, 1000);
        }

        /// <summary>A replenish answer.</summary>
        /// <param name="body">The answer's body.</param>
        /// <returns>The outcome, order ID and retry delay.</returns>
        /// <exception cref="DeviceApiException">Not the documented answer.</exception>
        public static OrderAnswer Order(string body)
        {
            JsonObject answer = Object(body);
            string word = answer.GetStringOrNull("outcome");
            OrderOutcome outcome;
            switch (word)
            {
                case "placed":
                    outcome = OrderOutcome.Placed;
                    break;
                case "test_order":
                    outcome = OrderOutcome.TestOrder;
                    break;
                case "in_progress":
                    outcome = OrderOutcome.InProgress;
                    break;
                case "sign_in":
                    outcome = OrderOutcome.SignIn;
                    break;
                case "retry_later":
                    outcome = OrderOutcome.RetryLater;
                    break;
                default:
                    throw Bad("outcome is missing or not one of placed test_order in_progress sign_in retry_later");
            }

            string orderId = answer.GetStringOrNull("orderId");
            if (orderId != null && (orderId.Length == 0 || orderId.Length > MaxOrderIdLength))
            {
                orderId = null;
            }

            bool final = outcome == OrderOutcome.Placed || outcome == OrderOutcome.TestOrder || outcome == OrderOutcome.InProgress;
            int retryAfter = final ? 0 : (int)Integer(answer, "retryAfterSeconds", 1, int.MaxValue);
            return new OrderAnswer(outcome, orderId, retryAfter);
        }

        /// <summary>The "error" member of an error answer, when the body is one.</summary>
        /// <param name="body">The answer's body.</param>
        /// <returns>The error code (e.g. "bad_signature"); null when the body is not a JSON error.</returns>
        public static string ErrorCode(string body)
        {
            try
            {
                string code = Object(body).GetStringOrNull("error");
                return code != null && code.Length <= 32 ? code : null;
            }
            catch (DeviceApiException)
            {
                return null;
            }
        }

        private static JsonObject Object(string body)
        {
            JsonValue value;
            try
            {
                value = JsonReader.Parse(body, JsonReader.DefaultMaxDepth, MaxAnswerLength);
            }
            catch (JsonException e)
            {
                throw Bad(e.Message);
            }

            JsonObject answer = value as JsonObject;
            if (answer == null)
            {
                throw Bad("the answer is not a JSON object");
            }

            return answer;
        }

        private static DeviceApiException Bad(string problem)
        {
            return new DeviceApiException(DeviceApiFailure.BadResponse, 200, null, problem);
        }

        private static long Integer(JsonObject answer, string name, long minimum, long maximum)
        {
            JsonNumber number = answer.Get(name) as JsonNumber;
            long value;
            if (number == null || !number.TryGetInt64(out value) || value < minimum || value > maximum)
            {
                throw Bad(name + " is missing or not a whole number in " + minimum + ".." + maximum);
            }

            return value;
        }
    }
}
