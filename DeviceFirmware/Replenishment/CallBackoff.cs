using System;
using DeviceFirmware.Drs;
using DeviceFirmware.Retry;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// When one kind of DRS call (a slot's orders, a slot's status, the daily calls) may be tried
    /// again after transient failures: the <see cref="RetryGate"/> of its backoff schedule, held
    /// back further when the failure carries its own earliest time (LWA backing off). One per kind
    /// of call, so a failing endpoint delays only its own calls.
    /// </summary>
    public sealed class CallBackoff
    {
        private readonly RetryGate _gate;
        private bool _hasNotBefore;
        private DateTime _notBefore;

        /// <summary>Creates an open backoff.</summary>
        /// <param name="policy">The schedule.</param>
        public CallBackoff(BackoffPolicy policy)
        {
            _gate = new RetryGate(policy);
        }

        /// <summary>Consecutive failures since the last success.</summary>
        public int FailureCount
        {
            get { return _gate.FailureCount; }
        }

        /// <summary>True when a call may be made at <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>Whether the wait is over.</returns>
        public bool IsOpen(DateTime now)
        {
            return _gate.IsOpen(now) && (!_hasNotBefore || now >= _notBefore);
        }

        /// <summary>When a call may next be made.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns><paramref name="now"/> when open, otherwise the end of the wait.</returns>
        public DateTime OpenAt(DateTime now)
        {
            if (IsOpen(now))
            {
                return now;
            }

            DateTime open = _gate.IsOpen(now) ? now : _gate.NotBefore;
            return _hasNotBefore && _notBefore > open ? _notBefore : open;
        }

        /// <summary>Records a transient failure.</summary>
        /// <param name="now">Time of the failure (UTC).</param>
        /// <param name="failure">The failure (its own earliest time, if any, is honoured).</param>
        /// <returns>When the next call may be made.</returns>
        public DateTime RecordFailure(DateTime now, DrsException failure)
        {
            bool hasNotBefore = failure != null && failure.HasNotBefore;
            return RecordFailure(now, hasNotBefore, hasNotBefore ? failure.NotBefore : now);
        }

        /// <summary>Records a failed call whose server may have named a time before which it must not be called again (web-app flow: Retry-After, retryAfterSeconds).</summary>
        /// <param name="now">Current time.</param>
        /// <param name="hasNotBefore">True when <paramref name="notBefore"/> applies.</param>
        /// <param name="notBefore">No call before this time.</param>
        /// <returns>When the next call may go out: the later of the backoff's delay and <paramref name="notBefore"/>.</returns>
        public DateTime RecordFailure(DateTime now, bool hasNotBefore, DateTime notBefore)
        {
            _gate.RecordFailure(now);
            _hasNotBefore = hasNotBefore;
            _notBefore = hasNotBefore ? notBefore : now;
            return OpenAt(now);
        }

        /// <summary>Records a success: the next failure starts the schedule again.</summary>
        public void RecordSuccess()
        {
            _gate.RecordSuccess();
            _hasNotBefore = false;
        }
    }
}
