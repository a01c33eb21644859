using System;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>A device API call failed. The message names the call, the status and the error code; never the key, a signature or a body.</summary>
    public sealed class DeviceApiException : Exception
    {
        private readonly DeviceApiFailure _failure;
        private readonly int _statusCode;
        private readonly string _errorCode;
        private readonly bool _hasNotBefore;
        private readonly DateTime _notBefore;

        /// <summary>Creates the exception.</summary>
        /// <param name="failure">How the device acts on it.</param>
        /// <param name="statusCode">HTTP status, 0 when no answer arrived.</param>
        /// <param name="errorCode">The answer's "error" member (e.g. "bad_signature"), or null.</param>
        /// <param name="message">What happened, with the call's name.</param>
        public DeviceApiException(DeviceApiFailure failure, int statusCode, string errorCode, string message)
            : this(failure, statusCode, errorCode, false, DateTime.MinValue, message)
        {
        }

        /// <summary>Creates the exception with a time before which the server asked not to be called (429 Retry-After).</summary>
        /// <param name="failure">How the device acts on it.</param>
        /// <param name="statusCode">HTTP status.</param>
        /// <param name="errorCode">The answer's "error" member, or null.</param>
        /// <param name="hasNotBefore">True when <paramref name="notBefore"/> applies.</param>
        /// <param name="notBefore">No call before this time (UTC).</param>
        /// <param name="message">What happened, with the call's name.</param>
        public DeviceApiException(DeviceApiFailure failure, int statusCode, string errorCode, bool hasNotBefore, DateTime notBefore, string message)
            : base(message)
        {
            _failure = failure;
            _statusCode = statusCode;
            _errorCode = errorCode;
            _hasNotBefore = hasNotBefore;
            _notBefore = notBefore;
        }

        /// <summary>How the device acts on the failure.</summary>
        public DeviceApiFailure Failure
        {
            get { return _failure; }
        }

        /// <summary>HTTP status, 0 when no answer arrived.</summary>
        public int StatusCode
        {
            get { return _statusCode; }
        }

        /// <summary>The answer's "error" member, or null.</summary>
        public string ErrorCode
        {
            get { return _errorCode; }
        }

        /// <summary>True when the server named a time before which it must not be called again (429 Retry-After).</summary>
        public bool HasNotBefore
        {
            get { return _hasNotBefore; }
        }

        /// <summary>No call before this time, when <see cref="HasNotBefore"/>.</summary>
        public DateTime NotBefore
        {
            get { return _notBefore; }
        }
    }
}
