using System;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// A DRS call failed. <see cref="Failure"/> says what the firmware does about it; the message
    /// names the call, the status and a cleaned DRS message, never a token or a request header.
    /// </summary>
    public sealed class DrsException : Exception
    {
        private readonly DrsFailure _failure;
        private readonly string _operation;
        private readonly int _statusCode;
        private readonly bool _hasNotBefore;
        private readonly DateTime _notBefore;

        /// <summary>Creates the exception.</summary>
        /// <param name="failure">What the failure means.</param>
        /// <param name="operation">The call's name, e.g. "replenish".</param>
        /// <param name="statusCode">HTTP status of the response, or 0 when there was none.</param>
        /// <param name="message">Description without secrets.</param>
        /// <param name="inner">The exception behind it, or null.</param>
        public DrsException(DrsFailure failure, string operation, int statusCode, string message, Exception inner)
            : base(message, inner)
        {
            _failure = failure;
            _operation = operation;
            _statusCode = statusCode;
        }

        /// <summary>Creates the exception for a failure that must not be retried before a known time.</summary>
        /// <param name="failure">What the failure means.</param>
        /// <param name="operation">The call's name.</param>
        /// <param name="notBefore">Earliest time of the next attempt (UTC), e.g. when LWA's backoff ends.</param>
        /// <param name="message">Description without secrets.</param>
        /// <param name="inner">The exception behind it, or null.</param>
        public DrsException(DrsFailure failure, string operation, DateTime notBefore, string message, Exception inner)
            : base(message, inner)
        {
            _failure = failure;
            _operation = operation;
            _hasNotBefore = true;
            _notBefore = notBefore;
        }

        /// <summary>What the failure means.</summary>
        public DrsFailure Failure
        {
            get { return _failure; }
        }

        /// <summary>The call's name, e.g. "replenish".</summary>
        public string Operation
        {
            get { return _operation; }
        }

        /// <summary>HTTP status of the response, or 0 when no response came back (or no request was sent).</summary>
        public int StatusCode
        {
            get { return _statusCode; }
        }

        /// <summary>True when <see cref="NotBefore"/> applies.</summary>
        public bool HasNotBefore
        {
            get { return _hasNotBefore; }
        }

        /// <summary>Earliest time of the next attempt when <see cref="HasNotBefore"/>; otherwise meaningless (the caller's backoff applies).</summary>
        public DateTime NotBefore
        {
            get { return _notBefore; }
        }

        /// <summary>True for failures that concern one slot only (<see cref="DrsFailure.NotFound"/>, <see cref="DrsFailure.SlotUnsubscribed"/>).</summary>
        public bool IsPerSlot
        {
            get { return _failure == DrsFailure.NotFound || _failure == DrsFailure.SlotUnsubscribed; }
        }
    }
}
