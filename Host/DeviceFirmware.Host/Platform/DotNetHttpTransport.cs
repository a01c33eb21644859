using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using DeviceFirmware.Net;

namespace DeviceFirmware.Host.Platform
{
    /// <summary>
    /// The host's <see cref="IHttpTransport"/>: one .NET <see cref="HttpClient"/> over a
    /// <see cref="SocketsHttpHandler"/>, reused for every request, like the device's adapter.
    /// It sends exactly what the request says (header values unvalidated and unreformatted,
    /// the body as UTF-8 with the given Content-Type and nothing appended, Content-Length: 0 for an
    /// empty body), follows no redirects, keeps no cookies, uses no proxy, and decodes the body
    /// as UTF-8. Failures become <see cref="HttpTransportException"/>s whose message names only
    /// the host and what failed.
    /// </summary>
    public sealed class DotNetHttpTransport : IHttpTransport, IDisposable
    {
        /// <summary>Largest response body accepted, in bytes (LWA and DRS answers are a few KB).</summary>
        public const int MaxResponseBytes = 256 * 1024;

        private readonly HttpClient _client;
        private readonly TimeSpan _timeout;

        /// <summary>Creates the transport.</summary>
        /// <param name="timeout">Limit for a whole request, connection and response included.</param>
        public DotNetHttpTransport(TimeSpan timeout)
        {
            if (timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(timeout), "timeout must be positive: an HTTP call must never wait for ever");
            }

            _timeout = timeout;
            SocketsHttpHandler handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                AutomaticDecompression = System.Net.DecompressionMethods.None,
                ConnectTimeout = timeout,

                // No traceparent/tracestate headers: the request carries exactly what the firmware asked for.
                ActivityHeadersPropagator = null,
            };
            _client = new HttpClient(handler, disposeHandler: true)
            {
                Timeout = timeout,
                MaxResponseContentBufferSize = MaxResponseBytes,
            };
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            using HttpRequestMessage message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
            for (int i = 0; i < request.HeaderCount; i++)
            {
                HttpHeader header = request.HeaderAt(i);
                if (!message.Headers.TryAddWithoutValidation(header.Name, header.Value))
                {
                    throw new ArgumentException("header " + header.Name + " cannot be sent as a request header", nameof(request));
                }
            }

            if (request.Body != null)
            {
                ByteArrayContent content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
                if (request.ContentType != null)
                {
                    content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
                }

                message.Content = content;
            }

            string host = HostOf(request.Url);
            try
            {
                using HttpResponseMessage response = _client.Send(message, HttpCompletionOption.ResponseContentRead);
                byte[] body = ReadBody(response.Content);
                HttpResponse result = new HttpResponse((int)response.StatusCode, Encoding.UTF8.GetString(body));
                CopyHeaders(response.Headers, result.Headers);
                CopyHeaders(response.Content.Headers, result.Headers);
                return result;
            }
            catch (OperationCanceledException e)
            {
                // HttpClient.Timeout surfaces as a TaskCanceledException (inner TimeoutException).
                throw new HttpTransportException(HttpFailureKind.Timeout, host + ": no response within " + _timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s", e);
            }
            catch (HttpRequestException e)
            {
                throw Translate(host, e);
            }
            catch (IOException e)
            {
                throw new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": connection lost while reading the response", e);
            }
        }

        /// <summary>Closes the connections.</summary>
        public void Dispose()
        {
            _client.Dispose();
        }

        private static HttpTransportException Translate(string host, HttpRequestException e)
        {
            for (Exception inner = e.InnerException; inner != null; inner = inner.InnerException)
            {
                if (inner is AuthenticationException)
                {
                    return new HttpTransportException(HttpFailureKind.TlsFailed, host + ": TLS handshake failed", e);
                }

                if (inner is TimeoutException)
                {
                    return new HttpTransportException(HttpFailureKind.Timeout, host + ": connection timed out", e);
                }
            }

            switch (e.HttpRequestError)
            {
                case HttpRequestError.NameResolutionError:
                    return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": name not resolved", e);
                case HttpRequestError.ConnectionError:
                    return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": connection failed", e);
                case HttpRequestError.SecureConnectionError:
                    return new HttpTransportException(HttpFailureKind.TlsFailed, host + ": TLS handshake failed", e);
                case HttpRequestError.ResponseEnded:
                    return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": connection closed before a complete response", e);
            }

            if (e.InnerException is SocketException || e.InnerException is IOException)
            {
                return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": connection failed", e);
            }

            return new HttpTransportException(HttpFailureKind.Other, host + ": HTTP request failed (" + e.HttpRequestError + ")", e);
        }

        private static byte[] ReadBody(HttpContent content)
        {
            using Stream stream = content.ReadAsStream();
            using MemoryStream buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private static void CopyHeaders(System.Net.Http.Headers.HttpHeaders from, HttpHeaderList to)
        {
            foreach (var header in from.NonValidated)
            {
                foreach (string value in header.Value)
                {
                    try
                    {
                        to.Add(header.Key, value);
                    }
                    catch (ArgumentException)
                    {
                        // A header the firmware's rules refuse (non-ASCII value) is dropped, not fatal.
                    }
                }
            }
        }

        // Host and port only: paths and queries stay out of messages.
        private static string HostOf(string url)
        {
            return Uri.TryCreate(url, UriKind.Absolute, out Uri uri) ? uri.Authority : "(invalid URL)";
        }
    }
}
