using System;
using DeviceFirmware.Net;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// An LWA token request failed. <see cref="Outcome"/> says what the firmware does about it;
    /// the status, the LWA error code and the message are for the log and the user. The message
    /// never holds a secret: no code, verifier or token, no response body beyond a sanitized,
    /// truncated error_description (withheld if it quotes a secret).
    /// </summary>
    public sealed class LwaException : Exception
    {
        private readonly LwaOutcome _outcome;
        private readonly int _statusCode;
        private readonly string _errorCode;
        private readonly bool _isTransportFailure;
        private readonly HttpFailureKind _transportFailure;

        /// <summary>Creates the exception for a response that came back.</summary>
        /// <param name="outcome">What the failure means.</param>
        /// <param name="statusCode">HTTP status of the response.</param>
        /// <param name="errorCode">The LWA error code (sanitized), or null.</param>
        /// <param name="message">Description without secrets.</param>
        public LwaException(LwaOutcome outcome, int statusCode, string errorCode, string message)
            : base(message)
        {
            _outcome = outcome;
            _statusCode = statusCode;
            _errorCode = errorCode;
        }

        /// <summary>Creates the exception for a request that got no response.</summary>
        /// <param name="failure">What the transport reported.</param>
        /// <param name="message">Description without secrets.</param>
        /// <param name="inner">The transport's exception.</param>
        public LwaException(HttpFailureKind failure, string message, Exception inner)
            : base(message, inner)
        {
            _outcome = LwaOutcome.Transient;
            _isTransportFailure = true;
            _transportFailure = failure;
        }

        /// <summary>What the failure means for the firmware.</summary>
        public LwaOutcome Outcome
        {
            get { return _outcome; }
        }

        /// <summary>HTTP status of the response, or 0 when there was none.</summary>
        public int StatusCode
        {
            get { return _statusCode; }
        }

        /// <summary>The LWA error code, e.g. "invalid_grant" (not secret), or null when there was none or it was unreadable.</summary>
        public string ErrorCode
        {
            get { return _errorCode; }
        }

        /// <summary>True when no response came back (timeout, connection or TLS failure).</summary>
        public bool IsTransportFailure
        {
            get { return _isTransportFailure; }
        }

        /// <summary>What the transport reported; meaningful only when <see cref="IsTransportFailure"/>.</summary>
        public HttpFailureKind TransportFailure
        {
            get { return _transportFailure; }
        }
    }
}
