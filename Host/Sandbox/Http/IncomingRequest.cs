using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>A request as the handlers see it: fully read, so they run synchronously under the state's lock.</summary>
    internal sealed class IncomingRequest
    {
        private Dictionary<string, StringValues> _form;

        public IncomingRequest(string method, string path, string queryString, IHeaderDictionary headers, byte[] body, long? contentLength, bool chunked, string contentType)
        {
            Method = method;
            Path = path;
            Query = QueryHelpers.ParseQuery(queryString);
            Headers = headers;
            Body = body;
            ContentLength = contentLength;
            IsChunked = chunked;
            ContentType = contentType;
        }

        public string Method { get; }

        public string Path { get; }

        /// <summary>Query parameters, decoded; a repeated name has several values.</summary>
        public Dictionary<string, StringValues> Query { get; }

        public IHeaderDictionary Headers { get; }

        public byte[] Body { get; }

        /// <summary>The Content-Length header's value, or null when absent.</summary>
        public long? ContentLength { get; }

        /// <summary>Whether the body came with Transfer-Encoding: chunked.</summary>
        public bool IsChunked { get; }

        public string ContentType { get; }

        /// <summary>The body as UTF-8 text.</summary>
        public string BodyText => Encoding.UTF8.GetString(Body);

        /// <summary>The body decoded as application/x-www-form-urlencoded ('+' is a space, %XX a byte); a repeated name has several values.</summary>
        public Dictionary<string, StringValues> Form => _form ??= new FormReader(BodyText).ReadForm();

        /// <summary>Whether the Content-Type's media type is <paramref name="mediaType"/> (parameters such as charset ignored).</summary>
        public bool HasMediaType(string mediaType)
        {
            if (string.IsNullOrEmpty(ContentType))
            {
                return false;
            }

            int semicolon = ContentType.IndexOf(';');
            string type = (semicolon < 0 ? ContentType : ContentType.Substring(0, semicolon)).Trim();
            return string.Equals(type, mediaType, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The values of a header (name case-insensitive, as HTTP says).</summary>
        public StringValues Header(string name) => Headers.TryGetValue(name, out StringValues values) ? values : StringValues.Empty;
    }
}
