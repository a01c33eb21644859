using System;

namespace DeviceFirmware.Retry
{
    /// <summary>
    /// Remembers consecutive transient failures of one operation and when it may be tried
    /// again, using a <see cref="BackoffPolicy"/>. The caller asks <see cref="IsOpen"/> before
    /// trying, reports <see cref="RecordFailure"/> or <see cref="RecordSuccess"/> after, and
    /// nothing ever sleeps. A failed attempt is never repeated before its time, so a caller in a
    /// loop cannot hammer a server or keep the radio awake. The gate remembers when the streak of
    /// failures began, so the policy's cap grows while an outage lasts (up to 30 min with the default
    /// schedule), and the first success resets both the count and the growth.
    /// </summary>
    public sealed class RetryGate
    {
        private readonly BackoffPolicy _policy;
        private int _failureCount;
        private DateTime _notBefore;
        private DateTime _failingSince;

        /// <summary>Creates an open gate.</summary>
        /// <param name="policy">The backoff schedule.</param>
        public RetryGate(BackoffPolicy policy)
        {
            if (policy == null)
            {
                throw new ArgumentNullException("policy");
            }

            _policy = policy;
        }

        /// <summary>Consecutive failures since the last success.</summary>
        public int FailureCount
        {
            get { return _failureCount; }
        }

        /// <summary>Time of the first failure of the current streak; meaningless while <see cref="FailureCount"/> is 0.</summary>
        public DateTime FailingSince
        {
            get { return _failingSince; }
        }

        /// <summary>Earliest time of the next attempt; meaningless while <see cref="FailureCount"/> is 0.</summary>
        public DateTime NotBefore
        {
            get { return _notBefore; }
        }

        /// <summary>True when an attempt may be made at <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>Whether the backoff delay has passed (always true after a success).</returns>
        public bool IsOpen(DateTime now)
        {
            return _failureCount == 0 || now >= _notBefore;
        }

        /// <summary>Records a transient failure at <paramref name="now"/> and closes the gate for the next delay.</summary>
        /// <param name="now">Time of the failure (UTC).</param>
        /// <returns>The earliest time of the next attempt.</returns>
        public DateTime RecordFailure(DateTime now)
        {
            // A clock that went back (SNTP correction) restarts the streak's age, never its count:
            // an outage is measured on a clock that only moves forward.
            if (_failureCount == 0 || now < _failingSince)
            {
                _failingSince = now;
            }

            // Saturate rather than wrap: the cap applies long before.
            if (_failureCount < int.MaxValue)
            {
                _failureCount++;
            }

            _notBefore = _policy.NextAttemptTime(now, _failureCount, _failingSince);
            return _notBefore;
        }

        /// <summary>Records a success: the next failure starts the schedule again, with the cap not grown.</summary>
        public void RecordSuccess()
        {
            _failureCount = 0;
        }
    }
}
