using DeviceFirmware.Json;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// Turns a non-200 token response into an <see cref="LwaException"/> with the outcome the
    /// firmware acts on. A 4xx with a JSON body {"error": code} maps by code (RFC 6749 section
    /// 5.2): invalid_grant to <see cref="LwaOutcome.InvalidGrant"/>; invalid_client and
    /// unauthorized_client to <see cref="LwaOutcome.Misconfigured"/>; invalid_request,
    /// unsupported_grant_type and invalid_scope to <see cref="LwaOutcome.FirmwareBug"/>;
    /// server_error, ServerError and temporarily_unavailable to <see cref="LwaOutcome.Transient"/>.
    /// Any 5xx, 408 and 429 are <see cref="LwaOutcome.Transient"/> whatever the body. Everything
    /// else (an unknown code, no JSON, an empty body, a redirect, another 2xx) is
    /// <see cref="LwaOutcome.UnexpectedResponse"/>. The message names the operation, the status,
    /// the code, what it means and a cleaned error_description; what to do is the caller's business.
    /// </summary>
    public static class LwaErrorClassifier
    {
        /// <summary>Name of the error code field (RFC 6749 section 5.2).</summary>
        public const string ErrorField = "error";

        /// <summary>Name of the error description field.</summary>
        public const string ErrorDescriptionField = "error_description";

        /// <summary>Classifies a response whose status is not 200.</summary>
        /// <param name="statusCode">HTTP status.</param>
        /// <param name="body">Response body (may be empty, HTML, anything).</param>
        /// <param name="operation">What was asked, for the message, e.g. "LWA refresh".</param>
        /// <param name="secrets">The request's secrets, so that a description quoting one is withheld.</param>
        /// <returns>The exception to throw.</returns>
        public static LwaException Classify(int statusCode, string body, string operation, string[] secrets)
        {
            string rawCode = null;
            string description = null;
            bool json = TryReadError(body, out rawCode, out description);
            string code = LwaText.CleanErrorCode(rawCode, secrets);
            description = LwaText.CleanDescription(description, secrets);

            LwaOutcome outcome;
            string meaning;
            if (statusCode >= 500 || statusCode == 408 || statusCode == 429)
            {
                outcome = LwaOutcome.Transient;
                meaning = statusCode == 429 ? "rate limited" : (statusCode == 408 ? "LWA timed out waiting for the request" : "LWA is unavailable");
            }
            else if (statusCode >= 400 && code != null && TryMapCode(code, out outcome, out meaning))
            {
                // Mapped by the error code.
            }
            else
            {
                outcome = LwaOutcome.UnexpectedResponse;
                meaning = DescribeUnexpected(statusCode, body, json, rawCode, code);
            }

            string message = operation + " failed: HTTP " + statusCode
                + (code != null ? " " + code : string.Empty) + ": " + meaning
                + (description != null ? " (LWA says: " + description + ")" : string.Empty);
            return new LwaException(outcome, statusCode, code, message);
        }

        /// <summary>Maps an RFC 6749 error code (exact spelling, plus LWA's ServerError) to an outcome.</summary>
        /// <param name="code">The error code.</param>
        /// <param name="outcome">The outcome when the code is known.</param>
        /// <param name="meaning">What it means, for messages.</param>
        /// <returns>False for an unknown code.</returns>
        public static bool TryMapCode(string code, out LwaOutcome outcome, out string meaning)
        {
            switch (code)
            {
                case "invalid_grant":
                    outcome = LwaOutcome.InvalidGrant;
                    meaning = "the authorization code or refresh token is invalid, expired, already used or revoked";
                    return true;
                case "invalid_client":
                case "unauthorized_client":
                    outcome = LwaOutcome.Misconfigured;
                    meaning = "the client ID is not accepted for this grant (check the LWA security profile)";
                    return true;
                case "invalid_request":
                case "unsupported_grant_type":
                case "invalid_scope":
                    outcome = LwaOutcome.FirmwareBug;
                    meaning = "LWA rejected the request as malformed (a firmware bug)";
                    return true;
                case "server_error":
                case "ServerError":
                case "temporarily_unavailable":
                    outcome = LwaOutcome.Transient;
                    meaning = "LWA had a server problem";
                    return true;
                default:
                    outcome = LwaOutcome.UnexpectedResponse;
                    meaning = null;
                    return false;
            }
        }

        private static bool TryReadError(string body, out string code, out string description)
        {
            code = null;
            description = null;
            if (body == null || body.Length == 0)
            {
                return false;
            }

            JsonObject json;
            try
            {
                json = JsonReader.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                return false;
            }

            if (json == null)
            {
                return false;
            }

            code = json.GetStringOrNull(ErrorField);
            description = json.GetStringOrNull(ErrorDescriptionField);
            return true;
        }

        private static string DescribeUnexpected(int statusCode, string body, bool json, string rawCode, string code)
        {
            string what;
            if (body == null || body.Length == 0)
            {
                what = "an empty body";
            }
            else if (!json)
            {
                what = "a body that is not a JSON object (" + body.Length + " chars)";
            }
            else if (rawCode == null)
            {
                what = "a JSON body without an error code";
            }
            else if (code == null)
            {
                what = "an unreadable error code";
            }
            else
            {
                what = "an error code RFC 6749 does not define";
            }

            string kind = statusCode >= 300 && statusCode < 400 ? "a redirect (check the token URL)" : "an unexpected response";
            return kind + " with " + what;
        }
    }
}
