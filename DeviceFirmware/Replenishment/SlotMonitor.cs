using System;
using DeviceFirmware.Config;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Drs;
using DeviceFirmware.Retry;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// The runtime state of one slot for <see cref="ReplenishmentPolicy"/>: its sampler and low
    /// detector, its phase (mirrored on flash by the policy), what DRS says about its subscription,
    /// what was last reported in slot status, and its own backoffs: for orders after transient
    /// failures, for orders DRS refused or whose intent could not be stored (slow), and for slot status.
    /// </summary>
    public sealed class SlotMonitor
    {
        private readonly SupplySlotSettings _settings;
        private readonly SupplySampler _sampler;
        private readonly LowSupplyDetector _detector;
        private readonly UsageTracker _usage = new UsageTracker();
        private readonly CallBackoff _orderBackoff;
        private readonly RetryGate _slowOrderGate;
        private readonly CallBackoff _statusBackoff;

        private SlotPhase _phase;
        private string _eventInstanceId;
        private uint _episode;
        private SubscriptionState _subscription;
        private SupplyReading _lastReading;
        private bool _hasLevel;
        private double _level;
        private bool _reported;
        private double _reportedLevel;
        private bool _sampled;
        private DateTime _nextSampleUtc;

        /// <summary>Creates the monitor of one slot, armed, subscription unknown, not sampled yet.</summary>
        /// <param name="settings">The slot's nf.config section.</param>
        /// <param name="sensor">The sensor port.</param>
        /// <param name="samplesPerReading">Samples whose median makes one reading.</param>
        /// <param name="transientBackoff">Schedule after transient failures (orders and status).</param>
        /// <param name="slowBackoff">Schedule after a refused order or an intent not stored.</param>
        public SlotMonitor(SupplySlotSettings settings, ISupplySensor sensor, int samplesPerReading, BackoffPolicy transientBackoff, BackoffPolicy slowBackoff)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
            SupplyCalibration calibration = new SupplyCalibration(settings.RawEmpty, settings.RawFull, SupplyCalibration.DefaultTolerancePercent);
            _sampler = new SupplySampler(sensor, settings.SensorChannel, calibration, samplesPerReading);
            _detector = new LowSupplyDetector(settings.LowPercent, settings.RefillPercent, settings.LowReadings);
            _orderBackoff = new CallBackoff(transientBackoff);
            _slowOrderGate = new RetryGate(slowBackoff);
            _statusBackoff = new CallBackoff(transientBackoff);
        }

        /// <summary>The slot's settings.</summary>
        public SupplySlotSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>The DRS slot ID.</summary>
        public string SlotId
        {
            get { return _settings.SlotId; }
        }

        /// <summary>Where the slot stands in its low episode.</summary>
        public SlotPhase Phase
        {
            get { return _phase; }
        }

        /// <summary>Event instance ID of the episode's order, or null.</summary>
        public string EventInstanceId
        {
            get { return _eventInstanceId; }
        }

        /// <summary>What DRS says about the slot's subscription.</summary>
        public SubscriptionState Subscription
        {
            get { return _subscription; }
        }

        /// <summary>True while the slot is in a low episode.</summary>
        public bool IsLow
        {
            get { return _detector.IsLow; }
        }

        /// <summary>The last reading, or null before the first.</summary>
        public SupplyReading LastReading
        {
            get { return _lastReading; }
        }

        /// <summary>True once a valid level has been read.</summary>
        public bool HasLevel
        {
            get { return _hasLevel; }
        }

        /// <summary>The last valid level (percent), when <see cref="HasLevel"/>.</summary>
        public double Level
        {
            get { return _level; }
        }

        /// <summary>The level last reported in slot status, or -1 when none was reported since boot.</summary>
        public double ReportedLevel
        {
            get { return _reported ? _reportedLevel : -1; }
        }

        /// <summary>When the next reading is due.</summary>
        public DateTime NextSampleUtc
        {
            get { return _nextSampleUtc; }
        }

        /// <summary>The slot's backoff for orders after transient failures.</summary>
        internal CallBackoff OrderBackoff
        {
            get { return _orderBackoff; }
        }

        /// <summary>The slot's gate for orders refused by DRS or whose intent could not be stored.</summary>
        internal RetryGate SlowOrderGate
        {
            get { return _slowOrderGate; }
        }

        /// <summary>The slot's backoff for slot status.</summary>
        internal CallBackoff StatusBackoff
        {
            get { return _statusBackoff; }
        }

        /// <summary>When an order may next be sent.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns><paramref name="now"/> or the end of the longer wait.</returns>
        internal DateTime OrderOpenAt(DateTime now)
        {
            DateTime open = _orderBackoff.OpenAt(now);
            DateTime slow = _slowOrderGate.IsOpen(now) ? now : _slowOrderGate.NotBefore;
            return slow > open ? slow : open;
        }

        /// <summary>True when a reading is due at <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>Whether to sample.</returns>
        internal bool IsSampleDue(DateTime now)
        {
            return !_sampled || now >= _nextSampleUtc;
        }

        /// <summary>Takes a reading and feeds it to the detector and the usage tracker.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <param name="log">Where changes of the sensor's condition are reported.</param>
        /// <returns>What the reading changed.</returns>
        internal SupplyLevelChange Sample(DateTime now, ILog log)
        {
            SupplyReading reading = _sampler.Read();
            bool wasValid = _lastReading == null || _lastReading.IsValid;
            bool sameKind = _lastReading != null && _lastReading.Kind == reading.Kind;
            _lastReading = reading;
            _sampled = true;
            _nextSampleUtc = now + TimeSpan.FromTicks(_settings.SampleSeconds * TimeSpan.TicksPerSecond);
            if (!reading.IsValid)
            {
                // Once per kind of failure, not every period: the log must stay readable on a broken sensor.
                if (!sameKind)
                {
                    log.Warn("slot " + _settings.Name + ": no level (" + reading + "): not counted as low or refilled until the sensor reads again");
                }

                return _detector.Observe(reading);
            }

            if (!wasValid)
            {
                log.Info("slot " + _settings.Name + ": sensor reads again: " + reading);
            }

            _hasLevel = true;
            _level = reading.Percent;
            _usage.Observe(now, reading.Percent);
            return _detector.Observe(reading);
        }

        /// <summary>Sets the phase kept from before a reboot; a stored episode means the slot is low.</summary>
        /// <param name="episode">The stored state.</param>
        internal void Restore(SlotEpisode episode)
        {
            _episode = episode.Episode;
            _phase = episode.Phase;
            _eventInstanceId = episode.EventInstanceId;
            _detector.Restore(episode.Phase != SlotPhase.Armed);
        }

        /// <summary>Changes the phase (the policy stores it).</summary>
        /// <param name="phase">The new phase.</param>
        /// <param name="eventInstanceId">The order's event, or null.</param>
        internal void SetPhase(SlotPhase phase, string eventInstanceId)
        {
            _phase = phase;
            _eventInstanceId = eventInstanceId;
        }

        /// <summary>Records what DRS says about the subscription.</summary>
        /// <param name="state">The new state.</param>
        internal void SetSubscription(SubscriptionState state)
        {
            _subscription = state;
        }

        /// <summary>The stored form of the slot's state.</summary>
        /// <returns>The episode.</returns>
        internal SlotEpisode ToEpisode()
        {
            return new SlotEpisode(_settings.SlotId, _phase, _eventInstanceId, _episode);
        }

        /// <summary>The number of the slot's latest low episode (web-app flow), 0 before the first.</summary>
        public uint Episode
        {
            get { return _episode; }
        }

        /// <summary>Numbers a new low episode (web-app flow): the next number after the latest. The caller stores it before any request names it.</summary>
        internal void BeginNumberedEpisode()
        {
            // 4,294,967,295 low episodes of one slot do not happen; wrapping to 1 keeps the number in the API's range.
            _episode = _episode == uint.MaxValue ? 1 : _episode + 1;
        }

        /// <summary>True when slot status should be sent: a level was read and none was reported since boot, or it moved by at least <paramref name="step"/> points since the last report.</summary>
        /// <param name="step">Percentage points that make a change meaningful.</param>
        /// <returns>Whether a report is due.</returns>
        internal bool IsStatusDue(double step)
        {
            if (!_hasLevel)
            {
                return false;
            }

            double change = _level - _reportedLevel;
            return !_reported || change >= step || change <= -step;
        }

        /// <summary>The slot status of the last level.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>The report.</returns>
        internal SlotStatusReport BuildReport(DateTime now)
        {
            double original = _settings.OriginalQuantity;
            double remaining = (original * _level) / 100.0;
            return new SlotStatusReport(_usage.ExpectedReplenishment(now, _level, _settings.LowPercent), remaining, original, remaining, _usage.LastUseUtc);
        }

        /// <summary>Records that the last level was reported (or that reporting it is pointless).</summary>
        internal void MarkReported()
        {
            _reported = true;
            _reportedLevel = _level;
        }

        /// <summary>For logs.</summary>
        /// <returns>Name, slot ID, phase and level.</returns>
        public override string ToString()
        {
            return "slot " + _settings.Name + " (" + _settings.SlotId + ") " + EpisodeRecordCodec.WordOf(_phase)
                + (_episode == 0 ? string.Empty : " episode " + _episode)
                + (_hasLevel ? " at " + QuantityText.Format(_level) + " %" : " (no level yet)");
        }
    }
}
