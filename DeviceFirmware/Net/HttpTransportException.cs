using System;

namespace DeviceFirmware.Net
{
    /// <summary>
    /// A request got no HTTP response. Adapters write the message themselves (host and what
    /// failed), never from the request's headers or body, so it holds no secret.
    /// </summary>
    public sealed class HttpTransportException : Exception
    {
        private readonly HttpFailureKind _kind;

        /// <summary>Creates the exception.</summary>
        /// <param name="kind">What failed.</param>
        /// <param name="message">Description without secrets.</param>
        public HttpTransportException(HttpFailureKind kind, string message)
            : base(message)
        {
            _kind = kind;
        }

        /// <summary>Creates the exception keeping the platform's exception for debugging.</summary>
        /// <param name="kind">What failed.</param>
        /// <param name="message">Description without secrets.</param>
        /// <param name="inner">The platform exception.</param>
        public HttpTransportException(HttpFailureKind kind, string message, Exception inner)
            : base(message, inner)
        {
            _kind = kind;
        }

        /// <summary>What failed.</summary>
        public HttpFailureKind Kind
        {
            get { return _kind; }
        }
    }
}
