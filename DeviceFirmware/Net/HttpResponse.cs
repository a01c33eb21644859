using System;

namespace DeviceFirmware.Net
{
    /// <summary>
    /// An HTTP response as the transport received it: status code, header fields and the body
    /// decoded from UTF-8. <see cref="ToString"/> shows the status and body length only.
    /// </summary>
    public sealed class HttpResponse
    {
        private readonly int _statusCode;
        private readonly string _body;
        private readonly HttpHeaderList _headers = new HttpHeaderList();

        /// <summary>Creates a response.</summary>
        /// <param name="statusCode">Status code, 100..599.</param>
        /// <param name="body">Decoded body; null is taken as empty.</param>
        public HttpResponse(int statusCode, string body)
        {
            if (statusCode < 100 || statusCode > 599)
            {
                throw new ArgumentOutOfRangeException("statusCode", "HTTP status " + statusCode + " is outside 100..599");
            }

            _statusCode = statusCode;
            _body = body == null ? string.Empty : body;
        }

        /// <summary>Status code, e.g. 200.</summary>
        public int StatusCode
        {
            get { return _statusCode; }
        }

        /// <summary>The body text, never null ("" when there was none).</summary>
        public string Body
        {
            get { return _body; }
        }

        /// <summary>Response header fields the adapter passed on (it may pass none).</summary>
        public HttpHeaderList Headers
        {
            get { return _headers; }
        }

        /// <summary>Status and body length, never the body (it may hold tokens).</summary>
        /// <returns>For example "HTTP 200 (1234 chars)".</returns>
        public override string ToString()
        {
            return "HTTP " + _statusCode + " (" + _body.Length + " chars)";
        }
    }
}
