using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Json;
using DeviceFirmware.Net;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// Turns a DRS response that is not a 2xx into a <see cref="DrsException"/> (Amazon's DRS device API, errors):
    /// 401 and 403 mean deregistered; 404 an unknown slot or order; 400 with a message naming an
    /// unsubscribed slot is per slot; 408, 429 and 5xx mean try later; 3xx is an unexpected
    /// response; any other 4xx is a refused request. DRS error bodies are {"message": "..."}; the
    /// message is cleaned (printable ASCII, cut short, withheld if it quotes the token) before it
    /// goes into the exception. "Invalid token" (400) is recognised by <see cref="IsInvalidToken"/>
    /// and handled by the client before classification.
    /// </summary>
    public static class DrsErrorClassifier
    {
        /// <summary>Name of the message member of DRS error bodies.</summary>
        public const string MessageField = "message";

        /// <summary>The message DRS sends (with status 400) for an expired or invalid access token.</summary>
        public const string InvalidTokenMessage = "Invalid token";

        // Lower-case marker of the unsubscribed-slot message: "Unable to place order - slot : <id> is unsubscribed."
        private const string UnsubscribedMarker = "unsubscribed";

        /// <summary>True for DRS's answer to an expired or invalid access token: 400 {"message":"Invalid token"} (ASCII case ignored).</summary>
        /// <param name="statusCode">HTTP status.</param>
        /// <param name="body">Response body.</param>
        /// <returns>Whether the token was rejected.</returns>
        public static bool IsInvalidToken(int statusCode, string body)
        {
            if (statusCode != 400)
            {
                return false;
            }

            string message = MessageOf(body);
            return message != null && OrdinalText.EqualsIgnoreAsciiCase(message.Trim(), InvalidTokenMessage);
        }

        /// <summary>The "message" member of an error body, or null when the body is not a JSON object with a string message. Never throws.</summary>
        /// <param name="body">Response body (anything).</param>
        /// <returns>The raw message (not cleaned), or null.</returns>
        public static string MessageOf(string body)
        {
            if (body == null || body.Length == 0)
            {
                return null;
            }

            try
            {
                JsonObject root = JsonReader.Parse(body) as JsonObject;
                return root == null ? null : root.GetStringOrNull(MessageField);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>Classifies a response whose status is not 2xx.</summary>
        /// <param name="operation">The call.</param>
        /// <param name="statusCode">HTTP status.</param>
        /// <param name="body">Response body.</param>
        /// <param name="accessToken">The token the request carried, so a message quoting it is withheld.</param>
        /// <returns>The exception to throw.</returns>
        public static DrsException Classify(DrsOperation operation, int statusCode, string body, string accessToken)
        {
            if (operation == null)
            {
                throw new ArgumentNullException("operation");
            }

            string rawMessage = MessageOf(body);
            string message = LwaText.CleanDescription(rawMessage, new string[] { accessToken });
            DrsFailure failure;
            string meaning;
            if (statusCode == 401 || statusCode == 403)
            {
                failure = DrsFailure.Deregistered;
                meaning = "DRS refuses the device (deregistered by the customer or by the API)";
            }
            else if (statusCode == 404)
            {
                failure = DrsFailure.NotFound;
                meaning = operation.TakesParameter ? "DRS does not know this " + (operation == DrsOperation.OrderInfo ? "order" : "slot") : "DRS does not know this resource";
            }
            else if (statusCode == 400 && rawMessage != null && ContainsIgnoreCase(rawMessage, UnsubscribedMarker))
            {
                failure = DrsFailure.SlotUnsubscribed;
                meaning = "the slot is unsubscribed: the customer chose no product for it";
            }
            else if (statusCode == 408 || statusCode == 429 || statusCode >= 500)
            {
                failure = DrsFailure.RetryLater;
                meaning = statusCode == 429 ? "rate limited" : (statusCode == 408 ? "DRS timed out waiting for the request" : "DRS is unavailable");
            }
            else if (statusCode >= 400)
            {
                failure = DrsFailure.Refused;
                meaning = "DRS refuses the request (a firmware or configuration problem)";
            }
            else
            {
                failure = DrsFailure.BadResponse;
                meaning = "unexpected status for " + operation.Name;
            }

            string text = operation + " failed: HTTP " + statusCode + ": " + meaning
                + (message != null ? " (DRS says: " + message + ")" : string.Empty);
            return new DrsException(failure, operation.Name, statusCode, text, null);
        }

        private static bool ContainsIgnoreCase(string text, string lowerNeedle)
        {
            char[] lower = new char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                lower[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            }

            return OrdinalText.IndexOf(new string(lower), lowerNeedle) >= 0;
        }
    }
}
