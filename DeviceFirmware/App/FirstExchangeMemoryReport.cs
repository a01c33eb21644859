using System;
using DeviceFirmware.Net;

namespace DeviceFirmware.App
{
    /// <summary>
    /// An <see cref="IHttpTransport"/> that passes everything to the real one and, once the first exchange
    /// has ended (a response or a failure: both have allocated the TLS buffers), reports free memory once.
    /// </summary>
    public sealed class FirstExchangeMemoryReport : IHttpTransport
    {
        private readonly IHttpTransport _inner;
        private readonly MemoryReporter _reporter;
        private bool _reported;

        /// <summary>Wraps a transport.</summary>
        /// <param name="inner">The transport that does the work.</param>
        /// <param name="reporter">Reports the memory.</param>
        public FirstExchangeMemoryReport(IHttpTransport inner, MemoryReporter reporter)
        {
            if (inner == null)
            {
                throw new ArgumentNullException("inner");
            }

            if (reporter == null)
            {
                throw new ArgumentNullException("reporter");
            }

            _inner = inner;
            _reporter = reporter;
        }

        /// <summary>True once the report was made.</summary>
        public bool HasReported
        {
            get { return _reported; }
        }

        /// <inheritdoc />
        public HttpResponse Send(HttpRequest request)
        {
            try
            {
                return _inner.Send(request);
            }
            finally
            {
                if (!_reported)
                {
                    _reported = true;
                    _reporter.Report("after the first HTTPS exchange");
                }
            }
        }
    }
}
