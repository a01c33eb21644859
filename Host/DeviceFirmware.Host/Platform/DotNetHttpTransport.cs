using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
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
    /// the host and what failed. Like the device, it can trust one root CA alone (the
    /// <c>trustedRoot</c> constructor): the server's chain must end at that certificate, the system's
    /// roots do not count, and the host name or IP address must match the certificate; anything else
    /// is a <see cref="HttpFailureKind.TlsFailed"/>.
    /// </summary>
    public sealed class DotNetHttpTransport : IHttpTransport, IDisposable
    {
        /// <summary>Largest response body accepted, in bytes (LWA and DRS answers are a few KB).</summary>
        public const int MaxResponseBytes = 256 * 1024;

        private readonly HttpClient _client;
        private readonly TimeSpan _timeout;

        /// <summary>Creates the transport; HTTPS servers are checked against the system's trusted roots.</summary>
        /// <param name="timeout">Limit for a whole request, connection and response included.</param>
        public DotNetHttpTransport(TimeSpan timeout)
            : this(timeout, null)
        {
        }

        /// <summary>Creates the transport that trusts only <paramref name="trustedRoot"/> for HTTPS, as the device trusts its one root CA file.</summary>
        /// <param name="timeout">Limit for a whole request, connection and response included.</param>
        /// <param name="trustedRoot">The only root CA accepted (public certificate, e.g. from a PEM file); null: the system's roots.</param>
        public DotNetHttpTransport(TimeSpan timeout, X509Certificate2 trustedRoot)
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
            if (trustedRoot != null)
            {
                // A private copy: the caller may dispose its certificate.
                X509Certificate2 root = X509CertificateLoader.LoadCertificate(trustedRoot.RawData);
                handler.SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => ChainsTo(root, certificate, chain, errors),
                };
            }

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

        /// <summary>
        /// True when <paramref name="certificate"/> chains to <paramref name="root"/> alone (with the intermediates in <paramref name="sent"/>) (no system root, no
        /// revocation lookup: the device has none either) and the platform found the name matching.
        /// </summary>
        private static bool ChainsTo(X509Certificate2 root, X509Certificate certificate, X509Chain sent, SslPolicyErrors errors)
        {
            if (certificate == null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
            {
                return false;
            }

            using X509Certificate2 leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            using X509Chain chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (sent != null)
            {
                // Intermediates the server sent may be used to reach the root; they are not trusted by themselves.
                foreach (X509ChainElement element in sent.ChainElements)
                {
                    chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }

            chain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1"));
            if (!chain.Build(leaf))
            {
                return false;
            }

            X509Certificate2 top = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
            return top.RawData.AsSpan().SequenceEqual(root.RawData);
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
