using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Drs;
using DeviceFirmware.Retry;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// The device's work in the web-app flow (docs/device-api.md): it senses the slots as in the companion flow
    /// (<see cref="SlotMonitor"/>) but calls only the web application: status after joining and daily, levels when a
    /// slot moved 5 points and daily, and replenish once per low episode. Every low episode gets the slot's next
    /// episode number, which is on flash before the first request names it, so a power cut neither makes two
    /// episodes of one nor reuses a number, and the web application, idempotent per (device, slot, episode), places
    /// one order per episode however often the request is repeated. The request goes out until a final outcome
    /// (placed, test_order, in_progress); sign_in and retry_later keep the episode and ask again after the
    /// answer's retryAfterSeconds, with the usual backoff.
    /// </summary>
    public sealed class WebAppReplenishment
    {
        /// <summary>Level change, in points, that makes a levels report due.</summary>
        public const double ReportStepPercent = ReplenishmentPolicy.ReportStepPercent;

        // Slow retries of a request the web application refused as malformed (400, 413): no loop on a firmware bug.
        private static readonly int[] RefusedRetryScheduleSeconds = new int[] { 600, 1800, 3600 };

        // The web application does not know this serial or key (401): the maker must act; ask again in hours.
        private static readonly int[] RejectedRetryScheduleSeconds = new int[] { 3600, 10800, 21600 };

        private readonly SlotMonitor[] _slots;
        private readonly DeviceApiClient _api;
        private readonly EpisodeStore _store;
        private readonly string _firmwareVersion;
        private readonly ILog _log;
        private readonly CallBackoff _statusBackoff;
        private readonly CallBackoff _levelsBackoff;
        private readonly RetryGate _rejectedGate;
        private readonly DailyTask _status = new DailyTask("status");
        private readonly DailyTask _levels = new DailyTask("levels");

        private bool _restored;
        private bool _dirty;
        private bool _registeredKnown;
        private bool _registered;

        /// <summary>Creates the policy; nothing is read or sent before the first <see cref="Tick"/>.</summary>
        /// <param name="slots">The configured slots (0..8, distinct IDs and channels).</param>
        /// <param name="sensor">The supply sensor.</param>
        /// <param name="api">The device API client.</param>
        /// <param name="store">The numbered episode store.</param>
        /// <param name="firmwareVersion">Reported in status calls.</param>
        /// <param name="random">Jitter of the backoffs.</param>
        /// <param name="log">Where progress is reported.</param>
        public WebAppReplenishment(SupplySlotSettings[] slots, ISupplySensor sensor, DeviceApiClient api, EpisodeStore store, string firmwareVersion, IRandomSource random, ILog log)
        {
            if (slots == null || sensor == null || api == null || store == null || firmwareVersion == null || random == null || log == null)
            {
                throw new ArgumentNullException(slots == null ? "slots" : (sensor == null ? "sensor" : (api == null ? "api" : (store == null ? "store" : (firmwareVersion == null ? "firmwareVersion" : (random == null ? "random" : "log"))))));
            }

            if (slots.Length > EpisodeRecordCodec.MaxSlots)
            {
                throw new ArgumentException("at most " + EpisodeRecordCodec.MaxSlots + " slots", "slots");
            }

            BackoffPolicy transientBackoff = new BackoffPolicy(random);
            BackoffPolicy refusedBackoff = new BackoffPolicy(random, RefusedRetryScheduleSeconds);
            _slots = new SlotMonitor[slots.Length];
            for (int i = 0; i < slots.Length; i++)
            {
                _slots[i] = new SlotMonitor(slots[i], sensor, SupplySampler.DefaultSamples, transientBackoff, refusedBackoff);
            }

            _api = api;
            _store = store;
            _firmwareVersion = firmwareVersion;
            _log = log;
            _statusBackoff = new CallBackoff(transientBackoff);
            _levelsBackoff = new CallBackoff(transientBackoff);
            _rejectedGate = new RetryGate(new BackoffPolicy(random, RejectedRetryScheduleSeconds));
        }

        /// <summary>What the last status answer said: true when a user registered the device and signed in with Amazon.</summary>
        public bool IsRegistered
        {
            get { return _registered; }
        }

        /// <summary>True when the last status answer said that no user has registered the device yet ("register me" on the LED).</summary>
        public bool AwaitsRegistration
        {
            get { return _registeredKnown && !_registered; }
        }

        /// <summary>True while the web application refuses the device (unknown serial or wrong key): the maker must act.</summary>
        public bool IsRejected
        {
            get { return _rejectedGate.FailureCount > 0; }
        }

        /// <summary>Number of slots.</summary>
        public int SlotCount
        {
            get { return _slots.Length; }
        }

        /// <summary>A slot's monitor.</summary>
        /// <param name="index">0 to <see cref="SlotCount"/> - 1.</param>
        /// <returns>The monitor.</returns>
        public SlotMonitor SlotAt(int index)
        {
            return _slots[index];
        }

        /// <summary>The device (re)joined the network: a status report is due now.</summary>
        public void OnJoined()
        {
            _status.MarkDue();
        }

        /// <summary>One step: restore from flash once, status if due, sample the slots, order for low ones, report levels.</summary>
        /// <param name="now">Current time (UTC).</param>
        public void Tick(DateTime now)
        {
            if (!_restored)
            {
                Restore();
            }

            if (_dirty)
            {
                Persist();
            }

            bool levelMoved = false;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].IsSampleDue(now))
                {
                    Report(_slots[i], _slots[i].Sample(now, _log));
                }

                levelMoved = levelMoved || _slots[i].IsStatusDue(ReportStepPercent);
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                Advance(_slots[i], now);
            }

            if (!_rejectedGate.IsOpen(now))
            {
                return;
            }

            if (_status.IsDue(now) && _statusBackoff.IsOpen(now))
            {
                SendStatus(now);
            }

            if ((levelMoved || (_levels.IsDue(now) && HasAnyLevel())) && _levelsBackoff.IsOpen(now) && _rejectedGate.IsOpen(now))
            {
                SendLevels(now);
            }
        }

        /// <summary>When the next <see cref="Tick"/> has something to do.</summary>
        /// <param name="now">Current time.</param>
        /// <returns>The time, never before <paramref name="now"/>.</returns>
        public DateTime NextWake(DateTime now)
        {
            // No call goes out while the web application refuses the device; sensing goes on.
            DateTime gate = _rejectedGate.IsOpen(now) ? now : _rejectedGate.NotBefore;
            DateTime next = Later(gate, Later(_statusBackoff.OpenAt(now), _status.NextDue(now)));
            if (HasAnyLevel())
            {
                next = Earlier(next, Later(gate, Later(_levelsBackoff.OpenAt(now), _levels.NextDue(now))));
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                SlotMonitor slot = _slots[i];
                next = Earlier(next, slot.IsSampleDue(now) ? now : slot.NextSampleUtc);
                if (slot.Phase == SlotPhase.OrderPending && slot.IsLow)
                {
                    next = Earlier(next, Later(gate, slot.OrderOpenAt(now)));
                }

                if (slot.IsStatusDue(ReportStepPercent))
                {
                    next = Earlier(next, Later(gate, _levelsBackoff.OpenAt(now)));
                }
            }

            return next < now ? now : next;
        }

        private void Restore()
        {
            SlotEpisode[] stored = _store.Load();
            for (int s = 0; s < _slots.Length; s++)
            {
                for (int e = 0; e < stored.Length; e++)
                {
                    if (stored[e].SlotId == _slots[s].SlotId)
                    {
                        _slots[s].Restore(stored[e]);
                        if (_slots[s].Phase == SlotPhase.OrderPending)
                        {
                            _log.Warn(_slots[s] + ": an order request was pending at the restart: asked again with the same episode (the web application answers it once)");
                        }
                    }
                }
            }

            _restored = true;
        }

        private void Report(SlotMonitor slot, SupplyLevelChange change)
        {
            if (change == SupplyLevelChange.BecameLow)
            {
                _log.Info(slot + ": low (" + slot.Settings.LowReadings + " readings at or below " + slot.Settings.LowPercent + " %)");
            }
            else if (change == SupplyLevelChange.Refilled)
            {
                _log.Info(slot + ": refilled (" + slot.Settings.LowReadings + " readings at or above " + slot.Settings.RefillPercent + " %)");
            }
        }

        private void Advance(SlotMonitor slot, DateTime now)
        {
            if (!slot.IsLow)
            {
                if (slot.Phase != SlotPhase.Armed)
                {
                    slot.SetPhase(SlotPhase.Armed, null);
                    Persist();
                    _log.Info(slot + ": episode over, ordering re-armed");
                }

                return;
            }

            if (slot.Phase == SlotPhase.Armed || slot.Phase == SlotPhase.Declined)
            {
                // A new low episode: its number goes to flash before any request names it.
                slot.BeginNumberedEpisode();
                slot.SetPhase(SlotPhase.OrderPending, null);
                _dirty = true;
                Persist();
                _log.Info(slot + ": new low episode: asking the web application for an order");
            }

            if (slot.Phase == SlotPhase.OrderPending)
            {
                TryOrder(slot, now);
            }
        }

        private void TryOrder(SlotMonitor slot, DateTime now)
        {
            if (!_rejectedGate.IsOpen(now) || slot.OrderOpenAt(now) > now || (slot.HasLevel && slot.Level >= slot.Settings.RefillPercent))
            {
                return;
            }

            if (_dirty && !Persist())
            {
                DateTime retry = slot.SlowOrderGate.RecordFailure(now);
                _log.Error(slot + ": episode number not on flash: no request (next attempt not before " + IsoUtcDate.Format(retry) + ")");
                return;
            }

            OrderAnswer answer;
            try
            {
                answer = _api.Replenish(slot.SlotId, slot.Episode);
            }
            catch (DeviceApiException e)
            {
                if (e.Failure == DeviceApiFailure.Refused)
                {
                    DateTime retry = slot.SlowOrderGate.RecordFailure(now);
                    _log.Error(slot + ": " + e.Message + " (next attempt not before " + IsoUtcDate.Format(retry) + ")");
                }
                else
                {
                    Failed(e, now, slot.OrderBackoff);
                }

                return;
            }

            _rejectedGate.RecordSuccess();
            slot.SlowOrderGate.RecordSuccess();
            if (answer.IsFinal)
            {
                slot.OrderBackoff.RecordSuccess();
                slot.SetPhase(SlotPhase.Ordered, answer.OrderId);
                Persist();
                string id = answer.OrderId == null ? "no order ID" : "order " + answer.OrderId;
                _log.Info(slot + ": " + (answer.Outcome == OrderOutcome.Placed ? "order placed" : (answer.Outcome == OrderOutcome.TestOrder ? "test order placed (no charge, no shipment)" : "an order is already in progress: counts as done")) + " (" + id + ")");
                return;
            }

            DateTime next = slot.OrderBackoff.RecordFailure(now, true, now.AddSeconds(answer.RetryAfterSeconds));
            _log.Warn(slot + ": " + (answer.Outcome == OrderOutcome.SignIn ? "the user must sign in with Amazon again on the web application" : "the web application cannot order now") + "; episode kept, asking again not before " + IsoUtcDate.Format(next));
        }

        private void SendStatus(DateTime now)
        {
            bool registered;
            try
            {
                registered = _api.ReportStatus(_firmwareVersion);
            }
            catch (DeviceApiException e)
            {
                if (e.Failure == DeviceApiFailure.Refused)
                {
                    // Sending the same again would fail the same way: once a day is enough.
                    _status.MarkDone(now);
                    _log.Error(e.Message);
                }
                else
                {
                    Failed(e, now, _statusBackoff);
                }

                return;
            }

            _rejectedGate.RecordSuccess();
            _statusBackoff.RecordSuccess();
            _status.MarkDone(now);
            if (!_registeredKnown || registered != _registered)
            {
                _log.Info(registered ? "web application: the device is registered and signed in with Amazon" : "web application: the device is not registered yet: register it on the web application (serial and claim code on its label)");
            }

            _registeredKnown = true;
            _registered = registered;
        }

        private void SendLevels(DateTime now)
        {
            string[] ids = new string[_slots.Length];
            double[] percents = new double[_slots.Length];
            int count = 0;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].HasLevel)
                {
                    ids[count] = _slots[i].SlotId;
                    percents[count] = _slots[i].Level;
                    count++;
                }
            }

            if (count == 0)
            {
                return;
            }

            try
            {
                _api.ReportLevels(ids, percents, count);
            }
            catch (DeviceApiException e)
            {
                if (e.Failure != DeviceApiFailure.Refused)
                {
                    Failed(e, now, _levelsBackoff);
                    return;
                }

                _log.Error(e.Message);
            }

            _rejectedGate.RecordSuccess();
            _levelsBackoff.RecordSuccess();
            _levels.MarkDone(now);
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].HasLevel)
                {
                    _slots[i].MarkReported();
                }
            }
        }

        private void Failed(DeviceApiException e, DateTime now, CallBackoff backoff)
        {
            if (e.Failure == DeviceApiFailure.DeviceRejected)
            {
                DateTime retry = _rejectedGate.RecordFailure(now);
                _log.Error(e.Message + ": every call waits until " + IsoUtcDate.Format(retry) + " (check the device key and that the unit is in the web application)");
                return;
            }

            DateTime next = backoff.RecordFailure(now, e.HasNotBefore, e.NotBefore);
            _log.Warn(e.Message + " (" + backoff.FailureCount + " time(s) in a row): next attempt not before " + IsoUtcDate.Format(next));
        }

        private bool Persist()
        {
            SlotEpisode[] episodes = new SlotEpisode[_slots.Length];
            for (int i = 0; i < _slots.Length; i++)
            {
                episodes[i] = _slots[i].ToEpisode();
            }

            try
            {
                _store.Save(episodes);
                _dirty = false;
                return true;
            }
            catch (Exception e)
            {
                _dirty = true;
                _log.Error("episode numbers not saved (" + e.Message + "): no request names an unsaved episode; written again at the next tick");
                return false;
            }
        }

        private bool HasAnyLevel()
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].HasLevel)
                {
                    return true;
                }
            }

            return false;
        }

        private static DateTime Earlier(DateTime a, DateTime b)
        {
            return a < b ? a : b;
        }

        private static DateTime Later(DateTime a, DateTime b)
        {
            return a > b ? a : b;
        }
    }
}
