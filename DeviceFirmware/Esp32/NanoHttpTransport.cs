using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using DeviceFirmware.Net;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// The device's <see cref="IHttpTransport"/>: one nanoFramework <see cref="HttpClient"/> for the
    /// life of the firmware, with an explicit timeout, TLS 1.2 only, and the root CA that signs the
    /// LWA and DRS servers read from a PEM file on the internal flash drive (I:\) and set as
    /// HttpsAuthentCert, so only that CA's certificates are trusted. Requests go one at a time.
    /// What the platform sends differs from the host adapter in ways LWA and DRS accept: Content-Type
    /// carries "; charset=utf-8" (nanoFramework's StringContent adds it), "Connection: close" is sent,
    /// and Host has no port. A POST or DELETE with an empty body goes without content, which the
    /// platform sends as Content-Length: 0. Response headers are not passed on (the platform's header
    /// collection cannot be listed). A content type must be a bare media type ("application/json"):
    /// the platform's MediaTypeHeaderValue refuses parameters. Failures become <see cref="HttpTransportException"/>s whose
    /// message names the host and the platform exception's type, never the request.
    /// </summary>
    public sealed class NanoHttpTransport : IHttpTransport, IDisposable
    {
        private const string PemBegin = "-----BEGIN CERTIFICATE-----";

        private readonly HttpClient _client;
        private readonly TimeSpan _timeout;
        private readonly object _sync = new object();

        /// <summary>Creates the transport and its one HTTP client.</summary>
        /// <param name="rootCaPemPath">PEM file of the root CA on the flash drive: <see cref="Program.RootCaPath"/> (I:\\AmazonRootCA1.pem, deployed by flash.ps1).</param>
        /// <param name="timeout">Longest wait for a response (nanoFramework's default is infinite).</param>
        /// <exception cref="IOException">The PEM file cannot be read.</exception>
        /// <exception cref="ArgumentException">The file does not hold a PEM certificate.</exception>
        public NanoHttpTransport(string rootCaPemPath, TimeSpan timeout)
        {
            if (rootCaPemPath == null)
            {
                throw new ArgumentNullException("rootCaPemPath");
            }

            if (timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("timeout", "timeout must be positive: an HTTP call must never wait for ever");
            }

            string pem = ReadPem(rootCaPemPath);
            _timeout = timeout;
            _client = new HttpClient();

            // Set before the first request: the platform locks them afterwards.
            _client.Timeout = timeout;
            _client.SslProtocols = SslProtocols.Tls12;
            _client.HttpsAuthentCert = new X509Certificate(pem);
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException("request");
            }

            string host = HostOf(request.Url);
            lock (_sync)
            {
                HttpRequestMessage message = BuildMessage(request);
                HttpResponseMessage response = null;
                DateTime started = DateTime.UtcNow;
                try
                {
                    // Send(request, option), not Send(request): only this overload applies Timeout, TLS and the CA.
                    response = _client.Send(message, HttpCompletionOption.ResponseContentRead);
                    string body = response.Content == null ? string.Empty : response.Content.ReadAsString();
                    return new HttpResponse((int)response.StatusCode, body);
                }
                catch (Exception e)
                {
                    throw Translate(host, e, DateTime.UtcNow - started);
                }
                finally
                {
                    if (response != null)
                    {
                        response.Dispose();
                    }

                    message.Dispose();
                }
            }
        }

        /// <summary>Releases the HTTP client.</summary>
        public void Dispose()
        {
            _client.Dispose();
        }

        private static HttpRequestMessage BuildMessage(HttpRequest request)
        {
            HttpRequestMessage message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
            for (int i = 0; i < request.HeaderCount; i++)
            {
                HttpHeader header = request.HeaderAt(i);
                message.Headers.Add(header.Name, header.Value);
            }

            if (request.Body != null && request.Body.Length > 0)
            {
                message.Content = new StringContent(request.Body, Encoding.UTF8, request.ContentType);
            }

            return message;
        }

        private HttpTransportException Translate(string host, Exception e, TimeSpan elapsed)
        {
            string platform = " (" + e.GetType().FullName + ")";
            for (Exception current = e; current != null; current = current.InnerException)
            {
                WebException web = current as WebException;
                if (web == null)
                {
                    continue;
                }

                switch (web.Status)
                {
                    case WebExceptionStatus.Timeout:
                        return new HttpTransportException(HttpFailureKind.Timeout, host + ": no response within the timeout" + platform, e);
                    case WebExceptionStatus.NameResolutionFailure:
                    case WebExceptionStatus.ProxyNameResolutionFailure:
                        return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": name not resolved" + platform, e);
                    case WebExceptionStatus.ConnectFailure:
                        return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": connection failed" + platform, e);
                    case WebExceptionStatus.TrustFailure:
                    case WebExceptionStatus.SecureChannelFailure:
                        return new HttpTransportException(HttpFailureKind.TlsFailed, host + ": TLS handshake failed" + platform, e);
                    case WebExceptionStatus.ReceiveFailure:
                    case WebExceptionStatus.SendFailure:
                    case WebExceptionStatus.ConnectionClosed:
                    case WebExceptionStatus.KeepAliveFailure:
                    case WebExceptionStatus.PipelineFailure:
                        return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": connection lost" + platform, e);
                    case WebExceptionStatus.ServerProtocolViolation:
                        return new HttpTransportException(HttpFailureKind.Other, host + ": response is not valid HTTP" + platform, e);
                }
            }

            // The platform's timeout closes the socket from a timer, so it looks like any socket error: tell it by the clock.
            if (elapsed >= _timeout)
            {
                return new HttpTransportException(HttpFailureKind.Timeout, host + ": no response within " + (int)_timeout.TotalSeconds + " s" + platform, e);
            }

            if (e is HttpRequestException || e is IOException)
            {
                return new HttpTransportException(HttpFailureKind.ConnectionFailed, host + ": request failed" + platform, e);
            }

            // An unwrapped platform exception (the TLS handshake of a request with a body, a null response...).
            return new HttpTransportException(HttpFailureKind.Other, host + ": request failed" + platform, e);
        }

        private static string ReadPem(string path)
        {
            string pem = File.ReadAllText(path);
            if (pem == null || pem.IndexOf(PemBegin) < 0)
            {
                throw new ArgumentException("root CA file " + path + " holds no PEM certificate (" + PemBegin + ")", "rootCaPemPath");
            }

            return pem;
        }

        // Host and port only: paths and queries stay out of messages.
        private static string HostOf(string url)
        {
            int start = url.IndexOf("://");
            start = start < 0 ? 0 : start + 3;
            int end = url.IndexOf('/', start);
            return end < 0 ? url.Substring(start) : url.Substring(start, end - start);
        }
    }
}
