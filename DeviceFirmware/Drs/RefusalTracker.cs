using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Drs
{
    /// <summary>
    /// Decides when DRS refusing the device (401, 403, or "Invalid token" for an access token LWA had
    /// just issued) proves the grant dead. One refusal proves little: a captive portal, a proxy or a
    /// firewall answers 403 too, and erasing the refresh token on it would make the customer pair again.
    /// <list type="bullet">
    /// <item>Rule: the tokens are erased only after at least <see cref="RefusalsBeforeReset"/>
    /// refusals in a row (nf.config drs.refusals_before_reset, default 3) spread over at least
    /// <see cref="Window"/> (drs.refusal_window_minutes, default 60) from the first to the last.
    /// Any accepted DRS call starts the count again.</item>
    /// <item>Backoff: after a refusal no DRS call is sent before 10, 30, then 60 minutes
    /// (+-50 % jitter, <see cref="BackoffPolicy"/>), so a burst costs a few requests an hour.</item>
    /// <item>Persisted: the count and the first refusal's time are on flash ("refusals.a"/".b",
    /// <see cref="DualSlotRecordStore"/>), written at each refusal before it is acted on, so a reboot
    /// mid-burst neither forgets the count nor shortens the window. A write that fails leaves the
    /// count in RAM only: a reboot then counts from zero, which can only erase later, never earlier.
    /// The backoff itself stays in RAM: after a reboot one call is tried at once.</item>
    /// </list>
    /// </summary>
    public sealed class RefusalTracker
    {
        /// <summary>Default of drs.refusals_before_reset.</summary>
        public const int DefaultRefusalsBeforeReset = 3;

        /// <summary>Default of drs.refusal_window_minutes.</summary>
        public const int DefaultWindowMinutes = 60;

        /// <summary>Base name of the tracker's two flash slots.</summary>
        public const string StoreName = "refusals";

        // Nominal waits after the 1st, 2nd, 3rd and later refusals: slow, so a long burst is a few requests an hour.
        private static readonly int[] RetryScheduleSeconds = new int[] { 600, 1800, 3600 };

        private readonly RefusalRecordCodec _codec = new RefusalRecordCodec();
        private readonly DualSlotRecordStore _records;
        private readonly BackoffPolicy _backoff;
        private readonly int _refusalsBeforeReset;
        private readonly TimeSpan _window;
        private readonly ILog _log;
        private readonly object _sync = new object();

        private bool _loaded;
        private bool _stored;
        private int _count;
        private DateTime _firstUtc;
        private DateTime _notBefore;

        /// <summary>Creates the tracker; nothing is read until first use.</summary>
        /// <param name="flash">Where the count is kept, or null to keep it in RAM only.</param>
        /// <param name="random">Jitter of the backoff, or null for the nominal waits.</param>
        /// <param name="refusalsBeforeReset">Refusals in a row needed, 1 or more.</param>
        /// <param name="window">Least time from the first to the last of them (zero or more).</param>
        /// <param name="log">Where decisions are reported.</param>
        public RefusalTracker(IFlashStore flash, IRandomSource random, int refusalsBeforeReset, TimeSpan window, ILog log)
        {
            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            if (refusalsBeforeReset < 1)
            {
                throw new ArgumentOutOfRangeException("refusalsBeforeReset", "at least one refusal");
            }

            if (window < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException("window", "the window must not be negative");
            }

            _records = flash == null ? null : new DualSlotRecordStore(flash, StoreName, _codec, log);
            _backoff = random == null ? null : new BackoffPolicy(random, RetryScheduleSeconds);
            _refusalsBeforeReset = refusalsBeforeReset;
            _window = window;
            _log = log;
        }

        /// <summary>Refusals in a row needed before the tokens are erased.</summary>
        public int RefusalsBeforeReset
        {
            get { return _refusalsBeforeReset; }
        }

        /// <summary>Least time from the first to the last of those refusals.</summary>
        public TimeSpan Window
        {
            get { return _window; }
        }

        /// <summary>Refusals in a row since the last accepted DRS call (loads from flash first).</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    EnsureLoaded();
                    return _count;
                }
            }
        }

        /// <summary>True while the last DRS answer that mattered was a refusal of the device (the status LED shows an error).</summary>
        public bool IsRefusing
        {
            get { return Count > 0; }
        }

        /// <summary>When the first refusal of the current run was (UTC); meaningless while <see cref="Count"/> is 0.</summary>
        public DateTime FirstRefusalUtc
        {
            get
            {
                lock (_sync)
                {
                    EnsureLoaded();
                    return _firstUtc;
                }
            }
        }

        /// <summary>Earliest time of the next DRS call after a refusal; <see cref="DateTime.MinValue"/> when calls may go.</summary>
        public DateTime NotBefore
        {
            get { return _notBefore; }
        }

        /// <summary>True when a DRS call may be sent at <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>Whether the backoff after the last refusal is over.</returns>
        public bool IsOpen(DateTime now)
        {
            return now >= _notBefore;
        }

        /// <summary>
        /// Counts a refusal of a freshly refreshed token, on flash first, and closes the gate for the
        /// next wait.
        /// </summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>True when the rule is met: the grant counts as dead and the tokens are to be erased.</returns>
        public bool RecordRefusal(DateTime now)
        {
            lock (_sync)
            {
                EnsureLoaded();
                if (_count == 0 || now < _firstUtc)
                {
                    // A clock that went back restarts the window: it can only delay the erase.
                    _count = 0;
                    _firstUtc = now;
                }

                if (_count < int.MaxValue)
                {
                    _count++;
                }

                Save();
                _notBefore = now + Delay(_count);
                return _count >= _refusalsBeforeReset && now - _firstUtc >= _window;
            }
        }

        /// <summary>DRS accepted a call: the grant works, the count starts again (flash is written only when it was not zero).</summary>
        public void RecordAccepted()
        {
            lock (_sync)
            {
                EnsureLoaded();
                _notBefore = DateTime.MinValue;
                if (_count == 0)
                {
                    return;
                }

                _log.Info("DRS accepts the device again after " + _count + " refusal(s): tokens were kept");
                ForgetLocked();
            }
        }

        /// <summary>Forgets the count, on flash too: after the tokens were erased, or a new grant was stored.</summary>
        public void Forget()
        {
            lock (_sync)
            {
                ForgetLocked();
            }
        }

        private void ForgetLocked()
        {
            EnsureLoaded();
            _count = 0;
            _notBefore = DateTime.MinValue;
            if (_records == null || !_stored)
            {
                // Nothing on flash: no erase (erasing wears the flash and costs time at every provisioning).
                return;
            }

            try
            {
                _records.Wipe();
                _stored = false;
            }
            catch (Exception e)
            {
                // A stale count left on flash is forgotten at the next accepted call.
                _log.Warn("DRS refusal count not erased from flash (" + e.Message + ")");
            }
        }

        private void EnsureLoaded()
        {
            if (_loaded)
            {
                return;
            }

            _loaded = true;
            RefusalRecord record = _records == null ? null : _codec.Decode(_records.Load());
            if (record != null)
            {
                _stored = true;
                _count = record.Count;
                _firstUtc = record.FirstUtc;
                _log.Warn("DRS refused the device " + _count + " time(s) before the restart (first at " + IsoUtcDate.Format(_firstUtc) + "): tokens kept, counting on");
            }
        }

        private void Save()
        {
            if (_records == null)
            {
                return;
            }

            try
            {
                _stored = true;
                _records.Save(_codec.Encode(new RefusalRecord(_count, _firstUtc)));
            }
            catch (Exception e)
            {
                _log.Error("DRS refusal count not saved (" + e.Message + "): kept in RAM only");
            }
        }

        private TimeSpan Delay(int count)
        {
            if (_backoff != null)
            {
                return _backoff.NextDelay(count);
            }

            int step = count > RetryScheduleSeconds.Length ? RetryScheduleSeconds.Length - 1 : count - 1;
            return TimeSpan.FromTicks(RetryScheduleSeconds[step] * TimeSpan.TicksPerSecond);
        }
    }
}
