using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Drs;
using DeviceFirmware.Retry;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Watches the supply slots and talks to DRS, driven by the clock: the device main loop (or the
    /// simulator) calls <see cref="Tick"/> with the current time and sleeps until <see cref="NextWake"/>.
    /// <para>One order per low episode. A slot whose level stays at or below its low threshold for
    /// low_readings readings starts an episode and orders once; ORDER_INPROGRESS and test orders count
    /// as done; only low_readings readings at or above the refill threshold end the episode and re-arm.
    /// An unsubscribed or unknown slot does not order (subscription info is read at start-up and
    /// daily). A failed replenish (network, 429, 5xx) is retried with backoff while the slot stays low.</para>
    /// <para>Never ordering twice across reboots and power cuts. Each slot's <see cref="SlotPhase"/>
    /// is kept on flash (<see cref="EpisodeStore"/>, two slots with sequence numbers and CRC: a cut
    /// mid-write leaves the previous record or the new one, never a mix):</para>
    /// <list type="number">
    /// <item>Armed to OrderPending is stored BEFORE replenish is sent; if that write fails, nothing
    /// is sent. So no replenish ever reaches DRS without a stored intent.</item>
    /// <item>OrderPending to Ordered is stored after DRS confirmed.</item>
    /// <item>A reboot that finds OrderPending cannot know whether the replenish reached DRS (cut
    /// before sending, during it, or before Ordered was stored). It does not drop the intent, and it
    /// does not trust it blindly either: it sends replenish again. DRS answers ORDER_INPROGRESS while
    /// the slot's order is undelivered, so a repeat of a replenish that got through places nothing,
    /// and one that never got through places the one order. Either way exactly one order. (A
    /// delivery takes days, a reboot seconds; and if the first reading after the reboot already shows
    /// the slot refilled, the repeat waits for the refill to be confirmed, which re-arms instead.)</item>
    /// <item>A reboot that finds Ordered or Declined stays quiet until the slot is refilled; one that
    /// finds Armed (or a cut while writing OrderPending, which leaves Armed) orders only after
    /// low_readings new readings, and no replenish had been sent in that case.</item>
    /// </list>
    /// A phase that could not be stored stays in RAM and is written again at the next tick.
    /// <para>Backoff: each kind of call has its own (a slot's orders, a slot's status, the daily
    /// calls), on the known-good schedule after transient failures (1, 2, 4, 10, 30, 60 s), so a
    /// failing endpoint delays only its own calls; an order DRS refused as malformed, or whose intent
    /// could not be stored, waits 10, 30, then 60 minutes.</para>
    /// <para>Reports: slot status when a slot's level moved <see cref="ReportStepPercent"/> points or
    /// more since the last report (and at the first level after boot); device status once per UTC
    /// day; subscription info at start-up and once per UTC day. DRS refusing the device
    /// (<see cref="DrsFailure.DeviceRefused"/>) is a backoff like any other: tokens kept, readings go on,
    /// a pending order is sent once DRS accepts again. A lost grant noticed by any call
    /// (tokens wiped by the keeper or <see cref="DrsClient"/>) stops everything: <see cref="Status"/> becomes
    /// <see cref="ReplenishmentStatus.NeedsProvisioning"/>. The stored phases are kept then: a
    /// re-registered device does not reorder for an episode it already ordered in.</para>
    /// </summary>
    public sealed class ReplenishmentPolicy
    {
        /// <summary>Change of level (percentage points of the full slot) that makes slot status worth sending.</summary>
        public const double ReportStepPercent = 5.0;

        // Retry schedule of an order DRS refused as malformed, or whose intent could not be stored: slow, no loop.
        private static readonly int[] SlowRetryScheduleSeconds = new int[] { 600, 1800, 3600 };

        private readonly SlotMonitor[] _slots;
        private readonly DrsClient _drs;
        private readonly EpisodeStore _store;
        private readonly ILog _log;
        private readonly CallBackoff _dailyBackoff;
        private readonly DailyTask _subscriptionCheck = new DailyTask("subscription info");
        private readonly DailyTask _deviceStatus = new DailyTask("device status");

        private ReplenishmentStatus _status = ReplenishmentStatus.Operating;
        private bool _restored;
        private bool _dirty;

        /// <summary>Creates the policy; nothing is read or sent before the first <see cref="Tick"/>.</summary>
        /// <param name="slots">The slots from nf.config (0..8, distinct slot IDs and channels).</param>
        /// <param name="sensor">The sensor port.</param>
        /// <param name="drs">The DRS client.</param>
        /// <param name="store">Where the slots' phases are kept.</param>
        /// <param name="random">Jitter for the backoff schedules.</param>
        /// <param name="log">Where decisions are reported.</param>
        public ReplenishmentPolicy(SupplySlotSettings[] slots, ISupplySensor sensor, DrsClient drs, EpisodeStore store, IRandomSource random, ILog log)
        {
            if (slots == null)
            {
                throw new ArgumentNullException("slots");
            }

            if (slots.Length > EpisodeRecordCodec.MaxSlots)
            {
                throw new ArgumentException("at most " + EpisodeRecordCodec.MaxSlots + " slots", "slots");
            }

            if (sensor == null || drs == null || store == null || random == null || log == null)
            {
                throw new ArgumentNullException(sensor == null ? "sensor" : (drs == null ? "drs" : (store == null ? "store" : (random == null ? "random" : "log"))));
            }

            BackoffPolicy transientBackoff = new BackoffPolicy(random);
            BackoffPolicy slowBackoff = new BackoffPolicy(random, SlowRetryScheduleSeconds);
            _slots = new SlotMonitor[slots.Length];
            for (int i = 0; i < slots.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (slots[j].SlotId == slots[i].SlotId || slots[j].SensorChannel == slots[i].SensorChannel)
                    {
                        throw new ArgumentException("slots " + slots[j].Name + " and " + slots[i].Name + " share a slot ID or a sensor channel", "slots");
                    }
                }

                _slots[i] = new SlotMonitor(slots[i], sensor, SupplySampler.DefaultSamples, transientBackoff, slowBackoff);
            }

            _drs = drs;
            _store = store;
            _log = log;
            _dailyBackoff = new CallBackoff(transientBackoff);
        }

        /// <summary>Whether the policy is working, or what the device must do instead.</summary>
        public ReplenishmentStatus Status
        {
            get { return _status; }
        }

        /// <summary>Number of slots.</summary>
        public int SlotCount
        {
            get { return _slots.Length; }
        }

        /// <summary>A slot's monitor, in nf.config order.</summary>
        /// <param name="index">0-based index.</param>
        /// <returns>The monitor.</returns>
        public SlotMonitor SlotAt(int index)
        {
            return _slots[index];
        }

        /// <summary>The monitor of a DRS slot.</summary>
        /// <param name="slotId">DRS slot ID.</param>
        /// <returns>The monitor, or null.</returns>
        public SlotMonitor Find(string slotId)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].SlotId == slotId)
                {
                    return _slots[i];
                }
            }

            return null;
        }

        /// <summary>
        /// Does what is due at <paramref name="now"/>: restores the stored phases (first call), runs
        /// the daily DRS calls, reads the slots whose period came, orders for slots in a low episode,
        /// and reports levels that moved. Never throws for sensor, DRS or flash failures.
        /// </summary>
        /// <param name="now">Current time (UTC).</param>
        public void Tick(DateTime now)
        {
            if (_status != ReplenishmentStatus.Operating)
            {
                return;
            }

            if (!_restored)
            {
                Restore();
            }

            if (_dirty)
            {
                Persist();
            }

            RunDailyTasks(now);
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].IsSampleDue(now))
                {
                    Report(_slots[i], _slots[i].Sample(now, _log));
                }
            }

            for (int i = 0; i < _slots.Length && _status == ReplenishmentStatus.Operating; i++)
            {
                Advance(_slots[i], now);
            }
        }

        /// <summary>When <see cref="Tick"/> next has something to do: a reading, a retry, or a daily call.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>The time (UTC), <paramref name="now"/> when something is due already.</returns>
        public DateTime NextWake(DateTime now)
        {
            if (_status != ReplenishmentStatus.Operating)
            {
                return DateTime.MaxValue;
            }

            DateTime next = Later(_dailyBackoff.OpenAt(now), Earlier(_subscriptionCheck.NextDue(now), _deviceStatus.NextDue(now)));
            for (int i = 0; i < _slots.Length; i++)
            {
                SlotMonitor slot = _slots[i];
                next = Earlier(next, slot.IsSampleDue(now) ? now : slot.NextSampleUtc);
                if (slot.Phase == SlotPhase.OrderPending && slot.IsLow)
                {
                    next = Earlier(next, slot.OrderOpenAt(now));
                }

                if (slot.IsStatusDue(ReportStepPercent))
                {
                    next = Earlier(next, slot.StatusBackoff.OpenAt(now));
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
                        LogRestored(_slots[s]);
                    }
                }
            }

            _restored = true;
        }

        private void LogRestored(SlotMonitor slot)
        {
            switch (slot.Phase)
            {
                case SlotPhase.OrderPending:
                    _log.Warn(slot + ": an order was pending at the restart; replenish is sent again while the slot is low (if the first one reached DRS, DRS answers ORDER_INPROGRESS and nothing more is ordered)");
                    break;
                case SlotPhase.Ordered:
                    _log.Info(slot + ": already ordered in this low episode (event " + (slot.EventInstanceId == null ? "unknown" : slot.EventInstanceId) + "): no order until refilled");
                    break;
                case SlotPhase.Declined:
                    _log.Info(slot + ": low episode without an order (slot not subscribed): waiting for a refill or a subscription");
                    break;
            }
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
                    SetPhase(slot, SlotPhase.Armed, null);
                    _log.Info(slot + ": episode over, ordering re-armed");
                }
            }
            else
            {
                DecideOrder(slot, now);
            }

            if (_status == ReplenishmentStatus.Operating)
            {
                ReportLevel(slot, now);
            }
        }

        private void DecideOrder(SlotMonitor slot, DateTime now)
        {
            if (slot.Subscription == SubscriptionState.NotSubscribed && (slot.Phase == SlotPhase.Armed || slot.Phase == SlotPhase.OrderPending))
            {
                SetPhase(slot, SlotPhase.Declined, null);
                _log.Warn(slot + ": low, but DRS lists the slot as not subscribed: no order (subscribe it in the Amazon app)");
                return;
            }

            if (slot.Phase == SlotPhase.Armed || (slot.Phase == SlotPhase.Declined && slot.Subscription == SubscriptionState.Subscribed))
            {
                // The intent goes to flash first; TryReplenish sends nothing until it is there.
                SetPhase(slot, SlotPhase.OrderPending, null);
                _log.Info(slot + ": ordering");
            }

            if (slot.Phase == SlotPhase.OrderPending)
            {
                TryReplenish(slot, now);
            }
        }

        private void TryReplenish(SlotMonitor slot, DateTime now)
        {
            if (slot.OrderOpenAt(now) > now)
            {
                return;
            }

            if (slot.HasLevel && slot.Level >= slot.Settings.RefillPercent)
            {
                // Refilled meanwhile (seen after a restart): let the refill confirm and re-arm instead.
                return;
            }

            if (_dirty && !Persist())
            {
                DateTime retry = slot.SlowOrderGate.RecordFailure(now);
                _log.Error(slot + ": order intent not on flash: replenish not sent (next attempt not before " + IsoUtcDate.Format(retry) + ")");
                return;
            }

            ReplenishResult result;
            try
            {
                result = _drs.Replenish(now, slot.SlotId);
            }
            catch (DrsException e)
            {
                OnReplenishFailed(slot, e, now);
                return;
            }

            slot.OrderBackoff.RecordSuccess();
            slot.SlowOrderGate.RecordSuccess();
            slot.SetSubscription(SubscriptionState.Subscribed);
            SetPhase(slot, SlotPhase.Ordered, result.EventInstanceId);
            switch (result.Detail)
            {
                case ReplenishDetail.StandardOrderPlaced:
                    _log.Info(slot + ": order placed (event " + result.EventInstanceId + ")");
                    break;
                case ReplenishDetail.TestOrderPlaced:
                    _log.Info(slot + ": test order placed (test device: no charge, no shipment; event " + result.EventInstanceId + ")");
                    break;
                default:
                    _log.Info(slot + ": an order is already in progress: counts as done for this episode (event " + result.EventInstanceId + ")");
                    break;
            }
        }

        private void OnReplenishFailed(SlotMonitor slot, DrsException e, DateTime now)
        {
            if (HandleCommon(e, now, slot.OrderBackoff))
            {
                return;
            }

            if (e.IsPerSlot)
            {
                slot.SetSubscription(SubscriptionState.NotSubscribed);
                SetPhase(slot, SlotPhase.Declined, null);
                _log.Error(slot + ": " + (e.Failure == DrsFailure.NotFound ? "DRS does not know this slot ID: check slot_id in nf.config" : "the slot is unsubscribed") + ": no order in this episode");
                return;
            }

            DateTime retry = slot.SlowOrderGate.RecordFailure(now);
            _log.Error(slot + ": replenish refused (" + e.Message + "): next attempt not before " + IsoUtcDate.Format(retry));
        }

        private void ReportLevel(SlotMonitor slot, DateTime now)
        {
            if (!slot.IsStatusDue(ReportStepPercent) || !slot.StatusBackoff.IsOpen(now))
            {
                return;
            }

            try
            {
                _drs.SendSlotStatus(now, slot.SlotId, slot.BuildReport(now));
                slot.StatusBackoff.RecordSuccess();
                slot.MarkReported();
            }
            catch (DrsException e)
            {
                if (HandleCommon(e, now, slot.StatusBackoff))
                {
                    return;
                }

                // Refused or unknown: sending the same again would fail the same way.
                slot.MarkReported();
                if (e.Failure == DrsFailure.NotFound)
                {
                    slot.SetSubscription(SubscriptionState.NotSubscribed);
                }
            }
        }

        private void RunDailyTasks(DateTime now)
        {
            if (_subscriptionCheck.IsDue(now) && _dailyBackoff.IsOpen(now))
            {
                CheckSubscriptions(now);
            }

            if (_status == ReplenishmentStatus.Operating && _deviceStatus.IsDue(now) && _dailyBackoff.IsOpen(now))
            {
                try
                {
                    _drs.SendDeviceStatus(now, now);
                    _dailyBackoff.RecordSuccess();
                    _deviceStatus.MarkDone(now);
                }
                catch (DrsException e)
                {
                    if (!HandleCommon(e, now, _dailyBackoff))
                    {
                        _deviceStatus.MarkDone(now);
                    }
                }
            }
        }

        private void CheckSubscriptions(DateTime now)
        {
            SubscriptionInfo info;
            try
            {
                info = _drs.GetSubscriptionInfo(now);
            }
            catch (DrsException e)
            {
                if (!HandleCommon(e, now, _dailyBackoff))
                {
                    _subscriptionCheck.MarkDone(now);
                }

                return;
            }

            _dailyBackoff.RecordSuccess();
            _subscriptionCheck.MarkDone(now);
            for (int i = 0; i < _slots.Length; i++)
            {
                SlotMonitor slot = _slots[i];
                SlotSubscription entry = info.Find(slot.SlotId);
                SubscriptionState state = entry != null && entry.Subscribed ? SubscriptionState.Subscribed : SubscriptionState.NotSubscribed;
                if (entry == null)
                {
                    _log.Error(slot + ": DRS does not list this slot ID in the subscription info: check slot_id in nf.config; no order for it");
                }
                else if (state != slot.Subscription)
                {
                    _log.Info(slot + ": " + (entry.Subscribed ? "subscribed" : "not subscribed: no order for it"));
                }

                slot.SetSubscription(state);
            }
        }

        // The outcomes every call shares; false for the per-call ones (per slot, refused).
        private bool HandleCommon(DrsException e, DateTime now, CallBackoff backoff)
        {
            switch (e.Failure)
            {
                case DrsFailure.Deregistered:
                    // The cause (LWA's invalid_grant, no token stored, DRS's refusals) was logged where it was seen.
                    _status = ReplenishmentStatus.NeedsProvisioning;
                    _log.Error("replenishment stopped: no grant left: provision the device again");
                    return true;
                case DrsFailure.Halted:
                    _status = ReplenishmentStatus.Halted;
                    _log.Error("replenishment stopped: no access token can be had until the device is provisioned again or restarted");
                    return true;
                case DrsFailure.DeviceRefused:
                    // Tokens kept; the client holds every call back until its NotBefore, which the backoff honours.
                    DateTime retry = backoff.RecordFailure(now, e);
                    _log.Warn("DRS " + e.Operation + " refused: tokens kept, sensing goes on; next attempt not before " + IsoUtcDate.Format(retry));
                    return true;
                case DrsFailure.RetryLater:
                case DrsFailure.BadResponse:
                    DateTime next = backoff.RecordFailure(now, e);
                    _log.Warn("DRS " + e.Operation + " failed " + backoff.FailureCount + " time(s) in a row: next attempt not before " + IsoUtcDate.Format(next));
                    return true;
                default:
                    return false;
            }
        }

        private void SetPhase(SlotMonitor slot, SlotPhase phase, string eventInstanceId)
        {
            if (slot.Phase == phase && slot.EventInstanceId == eventInstanceId)
            {
                return;
            }

            slot.SetPhase(phase, eventInstanceId);
            _dirty = true;
            Persist();
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
                _log.Error("replenishment state not saved (" + e.Message + "): kept in RAM, written again at the next tick");
                return false;
            }
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
