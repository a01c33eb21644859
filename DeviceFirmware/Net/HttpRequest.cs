using System;

namespace DeviceFirmware.Net
{
    /// <summary>
    /// One HTTP request for an <see cref="IHttpTransport"/>: method, absolute URL, extra header
    /// fields in order, and an optional text body sent as UTF-8 with its content type.
    /// Host, Content-Length, Content-Type, Connection and Transfer-Encoding are the adapter's
    /// business and cannot be added as header fields. <see cref="ToString"/> shows the method and
    /// the URL without its query, never header values or the body (they carry secrets).
    /// </summary>
    public sealed class HttpRequest
    {
        private static readonly string[] AdapterOwnedHeaders = new string[]
        {
            "Host", "Content-Length", "Content-Type", "Connection", "Transfer-Encoding",
        };

        private readonly string _method;
        private readonly string _url;
        private readonly HttpHeaderList _headers = new HttpHeaderList();
        private string _body;
        private string _contentType;

        /// <summary>Creates a request without a body.</summary>
        /// <param name="method">An upper-case method, e.g. <see cref="HttpMethods.Post"/>.</param>
        /// <param name="url">Absolute http:// or https:// URL, visible ASCII only.</param>
        /// <exception cref="ArgumentException">The method or URL is malformed (the URL is not quoted).</exception>
        public HttpRequest(string method, string url)
        {
            CheckMethod(method);
            CheckUrl(url);
            _method = method;
            _url = url;
        }

        /// <summary>The method, e.g. "POST".</summary>
        public string Method
        {
            get { return _method; }
        }

        /// <summary>The absolute URL.</summary>
        public string Url
        {
            get { return _url; }
        }

        /// <summary>
        /// The body text, sent UTF-8 encoded; null sends no body at all, "" sends an empty body
        /// with Content-Length: 0 (what DRS replenish wants).
        /// </summary>
        public string Body
        {
            get { return _body; }
        }

        /// <summary>The Content-Type of the body (sent exactly as given), or null without a body.</summary>
        public string ContentType
        {
            get { return _contentType; }
        }

        /// <summary>Number of extra header fields.</summary>
        public int HeaderCount
        {
            get { return _headers.Count; }
        }

        /// <summary>The extra header field at <paramref name="index"/>, in the order added.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The field.</returns>
        public HttpHeader HeaderAt(int index)
        {
            return _headers[index];
        }

        /// <summary>The value of the first extra header field called <paramref name="name"/> (ASCII case ignored).</summary>
        /// <param name="name">Field name.</param>
        /// <returns>The value, or null.</returns>
        public string GetHeader(string name)
        {
            return _headers.Get(name);
        }

        /// <summary>Adds a header field, e.g. Authorization or x-amzn-type-version.</summary>
        /// <param name="name">Field name (an RFC 9110 token, not one the adapter owns).</param>
        /// <param name="value">Field value: visible ASCII, spaces and tabs.</param>
        /// <exception cref="ArgumentException">Name or value not allowed (the value is never quoted).</exception>
        public void AddHeader(string name, string value)
        {
            for (int i = 0; i < AdapterOwnedHeaders.Length; i++)
            {
                if (HttpHeaderList.SameName(name, AdapterOwnedHeaders[i]))
                {
                    throw new ArgumentException("header " + AdapterOwnedHeaders[i] + " is set by the transport, not by the request", "name");
                }
            }

            _headers.Add(name, value);
        }

        /// <summary>Sets the body and its content type.</summary>
        /// <param name="body">Body text ("" for an empty body).</param>
        /// <param name="contentType">Content type, e.g. "application/x-www-form-urlencoded"; required unless the body is empty.</param>
        public void SetBody(string body, string contentType)
        {
            if (body == null)
            {
                throw new ArgumentNullException("body");
            }

            if (contentType == null && body.Length > 0)
            {
                throw new ArgumentNullException("contentType", "a non-empty body needs a content type");
            }

            if (contentType != null)
            {
                for (int i = 0; i < contentType.Length; i++)
                {
                    if (contentType[i] < ' ' || contentType[i] > '~')
                    {
                        throw new ArgumentException("content type has a control or non-ASCII character at position " + i, "contentType");
                    }
                }
            }

            _body = body;
            _contentType = contentType;
        }

        /// <summary>Method and URL without query; no header values, no body.</summary>
        /// <returns>For example "POST https://api.amazon.com/auth/o2/token".</returns>
        public override string ToString()
        {
            int query = _url.IndexOf('?');
            return _method + " " + (query < 0 ? _url : _url.Substring(0, query) + "?...");
        }

        private static void CheckMethod(string method)
        {
            if (method == null || method.Length == 0)
            {
                throw new ArgumentException("HTTP method is empty", "method");
            }

            for (int i = 0; i < method.Length; i++)
            {
                if (method[i] < 'A' || method[i] > 'Z')
                {
                    throw new ArgumentException("HTTP method must be upper-case letters", "method");
                }
            }
        }

        private static void CheckUrl(string url)
        {
            if (url == null)
            {
                throw new ArgumentNullException("url");
            }

            if (!(OrdinalText.StartsWith(url, "https://") || OrdinalText.StartsWith(url, "http://")))
            {
                throw new ArgumentException("URL must be absolute http:// or https://", "url");
            }

            for (int i = 0; i < url.Length; i++)
            {
                if (url[i] <= ' ' || url[i] > '~')
                {
                    throw new ArgumentException("URL has a space, control or non-ASCII character at position " + i, "url");
                }
            }
        }
    }
}
