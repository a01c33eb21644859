using DeviceFirmware.Json;
using DeviceFirmware.Net;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// Reads and checks the body of a 200 token response (RFC 6749 section 5.1, as LWA sends it):
    /// access_token (required, not empty), token_type (required, "bearer" in any case),
    /// expires_in (required, a positive whole number of seconds, as a JSON number or a string
    /// of digits: LWA documents both), refresh_token (required after a code exchange; optional
    /// after a refresh, absent meaning "keep the stored one", but never empty).
    /// Tokens must be visible ASCII (they go into an HTTP header) and at most
    /// <see cref="MaxTokenLength"/> characters. Any deviation is an
    /// <see cref="LwaOutcome.UnexpectedResponse"/>; the message names the field, never its value.
    /// </summary>
    public static class LwaTokenResponseParser
    {
        /// <summary>Longest token accepted: LWA documents up to 2048 bytes, and the token vault keeps no more.</summary>
        public const int MaxTokenLength = 2048;

        /// <summary>Longest lifetime accepted for an access token (one year, in seconds); LWA gives 3600.</summary>
        public const long MaxExpiresInSeconds = 31536000;

        /// <summary>Field names of the token response (RFC 6749 section 5.1).</summary>
        public const string AccessTokenField = "access_token";

        /// <summary>Name of the refresh token field.</summary>
        public const string RefreshTokenField = "refresh_token";

        /// <summary>Name of the token type field.</summary>
        public const string TokenTypeField = "token_type";

        /// <summary>Name of the lifetime field.</summary>
        public const string ExpiresInField = "expires_in";

        /// <summary>The only token type the firmware can use (RFC 6750), compared ignoring case.</summary>
        public const string BearerTokenType = "bearer";

        private const int StatusOk = 200;

        // Digits of the largest expires_in read from a string, before the range check.
        private const int MaxExpiresInDigits = 10;

        /// <summary>Parses and checks a 200 response body.</summary>
        /// <param name="body">The body text.</param>
        /// <param name="operation">What was asked, for messages, e.g. "LWA refresh".</param>
        /// <param name="refreshTokenRequired">True after a code exchange, where the refresh token is the point.</param>
        /// <returns>The checked response.</returns>
        /// <exception cref="LwaException">Outcome <see cref="LwaOutcome.UnexpectedResponse"/>, naming the problem.</exception>
        public static LwaTokenResponse Parse(string body, string operation, bool refreshTokenRequired)
        {
            JsonValue document;
            try
            {
                document = JsonReader.Parse(body == null ? string.Empty : body);
            }
            catch (JsonException e)
            {
                // JsonException messages give a position, never the text.
                throw Fail(operation, "the body is not valid JSON (" + e.Message + ")");
            }

            JsonObject json = document as JsonObject;
            if (json == null)
            {
                throw Fail(operation, "the body is a " + document + ", not a JSON object");
            }

            string accessToken = RequireToken(json, AccessTokenField, operation);
            string tokenType = RequireString(json, TokenTypeField, operation);
            if (!OrdinalText.EqualsIgnoreAsciiCase(tokenType, BearerTokenType))
            {
                throw Fail(operation, "token_type is " + LwaText.Describe(tokenType) + ", not bearer");
            }

            long expiresIn = ReadExpiresIn(json, operation);
            string refreshToken = null;
            if (json.Has(RefreshTokenField))
            {
                refreshToken = RequireToken(json, RefreshTokenField, operation);
            }
            else if (refreshTokenRequired)
            {
                throw Fail(operation, "refresh_token is missing");
            }

            return new LwaTokenResponse(accessToken, refreshToken, expiresIn, tokenType);
        }

        private static string RequireString(JsonObject json, string field, string operation)
        {
            JsonValue value = json.Get(field);
            if (value == null)
            {
                throw Fail(operation, field + " is missing");
            }

            JsonString text = value as JsonString;
            if (text == null)
            {
                throw Fail(operation, field + " is a " + value + ", not a string");
            }

            if (text.Value.Length == 0)
            {
                throw Fail(operation, field + " is empty");
            }

            return text.Value;
        }

        private static string RequireToken(JsonObject json, string field, string operation)
        {
            string token = RequireString(json, field, operation);
            if (token.Length > MaxTokenLength)
            {
                throw Fail(operation, field + " is " + token.Length + " characters long, more than " + MaxTokenLength);
            }

            // One char array, not token[i]: in nanoCLR string[i] walks the UTF-8 text from its start.
            char[] chars = token.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] <= ' ' || chars[i] > '~')
                {
                    throw Fail(operation, field + " has a space, control or non-ASCII character at position " + i);
                }
            }

            return token;
        }

        private static long ReadExpiresIn(JsonObject json, string operation)
        {
            JsonValue value = json.Get(ExpiresInField);
            if (value == null)
            {
                throw Fail(operation, "expires_in is missing");
            }

            long seconds;
            JsonNumber number = value as JsonNumber;
            JsonString text = value as JsonString;
            if (number != null)
            {
                if (!number.TryGetInt64(out seconds))
                {
                    throw Fail(operation, "expires_in is not a whole number of seconds");
                }
            }
            else if (text != null)
            {
                if (!TryParseDigits(text.Value, out seconds))
                {
                    throw Fail(operation, "expires_in is a string but not digits only");
                }
            }
            else
            {
                throw Fail(operation, "expires_in is a " + value + ", not a number or a string of digits");
            }

            if (seconds < 1 || seconds > MaxExpiresInSeconds)
            {
                throw Fail(operation, "expires_in " + seconds + " is outside 1.." + MaxExpiresInSeconds + " seconds");
            }

            return seconds;
        }

        private static bool TryParseDigits(string text, out long value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > MaxExpiresInDigits)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        private static LwaException Fail(string operation, string problem)
        {
            return new LwaException(LwaOutcome.UnexpectedResponse, StatusOk, null, operation + ": HTTP 200 but " + problem + "; no tokens taken from it");
        }
    }
}
