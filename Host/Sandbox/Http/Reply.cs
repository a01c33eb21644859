using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>An answer, built by a handler and written by the pipeline; <see cref="Outcome"/> goes to the request log.</summary>
    internal sealed class Reply
    {
        private const string JsonType = "application/json;charset=UTF-8";

        // Plain JSON as LWA and DRS write it: '+', '<', '&' as themselves, not \u002B escapes (still valid JSON, but not what a device sees).
        private static readonly JsonSerializerOptions Plain = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly List<KeyValuePair<string, string>> _headers = new List<KeyValuePair<string, string>>();

        private Reply(int status, string contentType, string body, string outcome)
        {
            Status = status;
            ContentType = contentType;
            Body = body;
            Outcome = outcome;
        }

        public int Status { get; }

        public string ContentType { get; }

        /// <summary>The body text, or null for none.</summary>
        public string Body { get; }

        /// <summary>A short, secret-free summary for the request log: an error code, a detail code, a message.</summary>
        public string Outcome { get; }

        public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

        /// <summary>A JSON answer.</summary>
        public static Reply Json(int status, JsonNode body, string outcome) => new Reply(status, JsonType, body.ToJsonString(Plain), outcome);

        /// <summary>DRS's error shape: {"message":"..."}.</summary>
        public static Reply Message(int status, string message) => Json(status, new JsonObject { ["message"] = message }, message);

        /// <summary>LWA's error shape (RFC 6749 section 5.2): {"error":"...","error_description":"..."}.</summary>
        public static Reply LwaError(int status, string error, string description)
        {
            return Json(status, new JsonObject { ["error"] = error, ["error_description"] = description }, error + ": " + description).NoStore();
        }

        /// <summary>No body.</summary>
        public static Reply Empty(int status, string outcome) => new Reply(status, null, null, outcome);

        /// <summary>A 302 to <paramref name="location"/>.</summary>
        public static Reply Redirect(string location, string outcome) => Empty(302, outcome).With("Location", location);

        /// <summary>Adds a header.</summary>
        public Reply With(string name, string value)
        {
            _headers.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }

        /// <summary>Cache-Control: no-store and Pragma: no-cache, as RFC 6749 section 5.1 requires on token responses.</summary>
        public Reply NoStore() => With("Cache-Control", "no-store").With("Pragma", "no-cache");
    }
}
