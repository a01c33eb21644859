using System;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.HeapBudget.Companion;
using DeviceFirmware.HeapBudget.Ports;
using DeviceFirmware.HeapBudget.Reporting;
using DeviceFirmware.Replenishment;

namespace DeviceFirmware.HeapBudget.Flow
{
    /// <summary>
    /// The firmware's full flow on lean fakes, as a board lives it: an unprovisioned boot opens the window; the
    /// companion app provisions; the code is exchanged; the device operates; an hour later the access token has
    /// expired and the next DRS call refreshes it; the supply runs low and one order is placed. After each step
    /// the memory the firmware retains is reported; every step is checked (states and counts), so a flow that
    /// silently skipped one fails instead of looking cheap.
    /// </summary>
    public sealed class FullFlow
    {
        private static readonly TimeSpan Second = TimeSpan.FromTicks(TimeSpan.TicksPerSecond);
        private static readonly TimeSpan Minute = TimeSpan.FromTicks(TimeSpan.TicksPerMinute);

        private readonly BudgetReport _report;
        private readonly SteppingClock _clock = new SteppingClock(BudgetSettings.Start);
        private readonly LevelSensor _sensor = new LevelSensor();
        private readonly HomeWifi _wifi = new HomeWifi();
        private readonly SyncedTime _time = new SyncedTime();
        private readonly PeakSampler _peak;
        private readonly LeanFlashStore _flash;
        private readonly LeanGattPeripheral _peripheral;
        private readonly QuietLog _log;
        private readonly LwaDrsTransport _http;
        private FirmwareApp _app;

        /// <summary>Creates the flow.</summary>
        /// <param name="report">Where the figures go.</param>
        /// <param name="peak">Sampled by the fakes at every port call.</param>
        public FullFlow(BudgetReport report, PeakSampler peak)
        {
            _report = report;
            _peak = peak;
            _flash = new LeanFlashStore(peak);
            _peripheral = new LeanGattPeripheral(peak);
            _log = new QuietLog(peak);
            _http = new LwaDrsTransport(_clock, peak);
        }

        /// <summary>Runs every step; throws <see cref="FlowFailedException"/> when one did not happen.</summary>
        public void Run()
        {
            _sensor.SetPercent(50);
            _report.Baseline();
            Boot();
            _report.Retained("boot");
            Provision();
            _report.Retained("provisioning+exchange");
            Refresh();
            _report.Retained("refresh");
            Order();
            _report.Retained("order");
            _report.Peak(_peak);
            _report.Note("flash fake holds " + _flash.StoredBytes + " bytes (flash on a board, heap here); "
                + _http.DrsCalls + " DRS calls, " + _peripheral.Notifications + " notifications");
            Expect(_log.Errors == 0, "the firmware logged " + _log.Errors + " error(s)");
        }

        private void Boot()
        {
            FirmwarePorts ports = new FirmwarePorts(_flash, _http, new CountingRandomSource(), _sensor, _peripheral, _wifi, _wifi, _time, null, _clock, _log);
            _app = new FirmwareApp(FirmwareConfig.Parse(BudgetSettings.ConfigText), BudgetSettings.Serial, BudgetSettings.FirmwareVersion, ports);
            _app.Boot(_clock.UtcNow);
            Expect(_app.Mode == FirmwareMode.WindowOpen && _peripheral.IsAdvertising, "an unprovisioned boot did not open the window");
        }

        private void Provision()
        {
            new CompanionApp(_peripheral).SendCredentials();
            for (int i = 0; i < 30 && !_app.IsProvisioned; i++)
            {
                Tick(Second);
            }

            Expect(_app.IsProvisioned, "not provisioned 30 s after the commit");
            Expect(_wifi.Joins == 1 && _time.Count >= 1, "provisioning did not join Wi-Fi and sync the clock");
            Expect(_http.CodeExchanges == 1 && _http.Refreshes == 0, "expected 1 code exchange, got " + _http.CodeExchanges + " (" + _http.Refreshes + " refreshes)");

            // Operating for a minute: subscription info, device status, the first slot status; the window closes.
            RunFor(Minute);
            Expect(_app.Mode == FirmwareMode.Operating && !_peripheral.IsAdvertising, "not operating a minute after provisioning");
            Expect(_http.SlotStatusCalls == 1, "expected the first slot status, got " + _http.SlotStatusCalls);
        }

        private void Refresh()
        {
            // An hour on: the access token expired; the level moved, so a slot status is due and needs a fresh token.
            RunFor(TimeSpan.FromTicks(60 * TimeSpan.TicksPerMinute));
            _sensor.SetPercent(30);
            RunFor(TimeSpan.FromTicks(5 * TimeSpan.TicksPerMinute));
            Expect(_http.Refreshes == 1, "expected 1 refresh after the access token expired, got " + _http.Refreshes);
            Expect(_http.SlotStatusCalls == 2 && _http.Refusals == 0, "the slot status after the refresh did not go through (" + _http.SlotStatusCalls + " sent, " + _http.Refusals + " refused)");
        }

        private void Order()
        {
            _sensor.SetPercent(10);
            RunFor(TimeSpan.FromTicks(10 * TimeSpan.TicksPerMinute));
            Expect(_http.OrdersPlaced == 1, "expected 1 order, got " + _http.OrdersPlaced);
            Expect(_app.Replenishment.SlotAt(0).Phase == SlotPhase.Ordered, "the slot is not in phase Ordered after the order");
            Expect(_http.Refusals == 0 && _http.Refreshes == 1, "unexpected refusals (" + _http.Refusals + ") or refreshes (" + _http.Refreshes + ")");
        }

        // As the device's loop: tick, then sleep until the firmware's next wake (at least a second here).
        private void RunFor(TimeSpan duration)
        {
            DateTime end = _clock.UtcNow + duration;
            while (_clock.UtcNow < end)
            {
                DateTime next = _app.NextWake(TickNow());
                DateTime target = next > end ? end : next;
                TimeSpan step = target - _clock.UtcNow;
                _clock.Advance(step < Second ? Second : step);
            }
        }

        private void Tick(TimeSpan then)
        {
            TickNow();
            _clock.Advance(then);
        }

        private DateTime TickNow()
        {
            DateTime now = _clock.UtcNow;
            _app.Tick(now);
            return now;
        }

        private static void Expect(bool condition, string failure)
        {
            if (!condition)
            {
                throw new FlowFailedException(failure);
            }
        }
    }
}
