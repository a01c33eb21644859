using System.Net;
using System.Net.Http;
using System.Text.Json;

namespace DeviceFirmware.HostTests.Sandbox
{
    /// <summary>A response read whole: status, body text, headers, and the body as JSON when it is JSON.</summary>
    internal sealed class Answer
    {
        public Answer(HttpResponseMessage response, string body)
        {
            Response = response;
            Body = body;
            Status = (int)response.StatusCode;
        }

        public HttpResponseMessage Response { get; }

        public int Status { get; }

        public string Body { get; }

        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        /// <summary>DRS's {"message":..}.</summary>
        public string Message => Json.GetProperty("message").GetString();

        /// <summary>LWA's {"error":..}.</summary>
        public string Error => Json.GetProperty("error").GetString();

        public string Text(string property) => Json.GetProperty(property).GetString();

        public string Header(string name)
        {
            if (Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values))
            {
                return string.Join(",", values);
            }

            return null;
        }

        public override string ToString() => Status + " " + Body;

        public bool Is(HttpStatusCode code) => Status == (int)code;
    }
}
