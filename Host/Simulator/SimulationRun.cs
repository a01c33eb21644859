using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeviceFirmware.App;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Drs;
using DeviceFirmware.Host.Ble;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.Identity;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Sandbox;
using DeviceFirmware.Status;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The simulated world around one device: the LWA + DRS sandbox (in-process, on the virtual clock),
    /// the home Wi-Fi, the supply, the user with the companion app, and the device itself, a
    /// <see cref="FirmwareApp"/> over host adapters that is dropped on a power cut and rebuilt over the
    /// same flash. The story and the soak are built from its steps; the end-to-end tests drive the steps.
    /// </summary>
    public sealed class SimulationRun : IDisposable
    {
        /// <summary>The firmware version the simulated device reports: the device's own (<see cref="FirmwareInfo.Version"/>).</summary>
        public const string FirmwareVersion = FirmwareInfo.Version;

        /// <summary>The sandbox's state in a kept flash folder (tokens as SHA-256 only).</summary>
        public const string SandboxStateFile = "sandbox-state.json";

        /// <summary>The virtual clock's time in a kept flash folder (ISO-8601 round-trip, UTC).</summary>
        public const string ClockFile = "virtual-clock.txt";

        /// <summary>
        /// Where the virtual clock starts when no kept folder says otherwise: a fixed date, so the same seed
        /// prints the same story and figures on every run, and one in the future, so a simulated date (in the
        /// log, in DRS bodies, in sandbox-state.json) is never mistaken for a real event.
        /// </summary>
        public static readonly DateTimeOffset Epoch = new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);

        // A fixed simulated chip MAC, so the simulated serial is stable from run to run.
        private static readonly byte[] SimulatedMac = { 0x24, 0x0A, 0xC4, 0x5E, 0x1A, 0x70 };
        private static readonly TimeSpan MinStep = TimeSpan.FromMilliseconds(50);

        private readonly SimulationSettings _settings;
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly HashSet<string> _refilledOrders = new HashSet<string>();
        private readonly Dictionary<(string Slot, int Episode), (bool Placed, bool InProgress)> _episodeAnswers = new Dictionary<(string Slot, int Episode), (bool Placed, bool InProgress)>();
        private int _answersSeen;
        private string _tempFlashDir;
        private IFlashStore _baseFlash;
        private DotNetHttpTransport _http;
        private SeededRandomSource _random;
        private string _authorizeUrl;
        private int _ordersSeen;
        private FirmwareMode? _lastMode;
        private bool _windowHandled;
        private DateTime _nextReboot = DateTime.MaxValue;
        private int _ordersAtStart;
        private int _requestsSaved = -1;

        /// <summary>
        /// A run printing to <paramref name="output"/> (null: silent). With a kept flash folder the virtual clock
        /// resumes where the previous run left it; a clock file that cannot be read throws <see cref="InvalidDataException"/>.
        /// </summary>
        public SimulationRun(SimulationSettings settings, TextWriter output)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            SavedClock = KeepsFolder ? ReadSavedClock() : null;
            Clock = new VirtualClock(SavedClock ?? Epoch);
            Log = new StoryLog(output, Clock) { Quiet = settings.Quiet, Raw = settings.RawLog };
        }

        /// <summary>The virtual clock (device and sandbox).</summary>
        public VirtualClock Clock { get; }

        /// <summary>The console.</summary>
        public StoryLog Log { get; }

        /// <summary>The in-process sandbox, or null for external peers.</summary>
        public SandboxServer Sandbox { get; private set; }

        /// <summary>The configuration the device runs (URLs pointed at the sandbox).</summary>
        public FirmwareConfig Config { get; private set; }

        /// <summary>The device serial.</summary>
        public string Serial { get; private set; }

        /// <summary>The device's flash, counted.</summary>
        public CountingFlashStore Flash { get; private set; }

        /// <summary>The home network (and the Wi-Fi driver's stored credentials).</summary>
        public SimulatedNetwork Network { get; private set; }

        /// <summary>The supply of every slot.</summary>
        public SupplyBoard Supply { get; private set; }

        /// <summary>The user's phone app.</summary>
        public CompanionApp Companion { get; private set; }

        /// <summary>The BLE radio of the current boot.</summary>
        public InMemoryGattPeripheral Peripheral { get; private set; }

        /// <summary>The running firmware; null while the power is off.</summary>
        public FirmwareApp App { get; private set; }

        /// <summary>When false, the user does not provision by themselves when the window opens (tests drive it).</summary>
        public bool AutoProvision { get; set; } = true;

        /// <summary>The virtual time a kept flash folder resumed from, or null (a fresh world).</summary>
        public DateTimeOffset? SavedClock { get; }

        /// <summary>True when the first boot of this run found the device provisioned (a kept flash folder).</summary>
        public bool Resumed { get; private set; }

        /// <summary>Boots so far.</summary>
        public int Boots { get; private set; }

        /// <summary>Successful provisionings so far.</summary>
        public int Provisionings { get; private set; }

        /// <summary>Exceptions that escaped a tick (a firmware bug, or a simulated power cut mid-write).</summary>
        public int TickFailures { get; private set; }

        /// <summary>The device's HTTP traffic as the device saw it (counted whether or not there is a sandbox).</summary>
        public DeviceRequestLog Requests { get; private set; }

        /// <summary>Orders the sandbox placed in this run (or the device was told were placed, without a sandbox); not those of an earlier run it resumed.</summary>
        public int OrdersPlaced => Sandbox != null ? Sandbox.Orders().Count - _ordersAtStart : (Requests?.ReplenishAnswers.Count(a => a.PlacedOrder) ?? 0);

        /// <summary>Low episodes DRS answered ORDER_INPROGRESS and no new order: an order still open covers them.</summary>
        public int EpisodesCoveredByOpenOrder
        {
            get
            {
                WatchAnswers();
                return _episodeAnswers.Values.Count(a => a.InProgress && !a.Placed);
            }
        }

        /// <summary>Refresh requests the sandbox received (or the device sent, without a sandbox).</summary>
        public int Refreshes => Sandbox?.Requests.CountOf(SandboxEndpoint.Token, "refresh_token") ?? Requests?.Refreshes ?? 0;

        /// <summary>The unit's device key in the web-app flow (read from its device.key before power on); null in the companion flow.</summary>
        public DeviceKey DeviceKey { get; set; }

        /// <summary>True when <paramref name="configText"/> parses and chooses device.flow = web-app.</summary>
        public static bool IsWebAppFlow(string configText)
        {
            try
            {
                return FirmwareConfig.Parse(configText).Flow == FirmwareFlow.WebApp;
            }
            catch (ConfigException)
            {
                // Not parseable as written: the companion path reports the error with the file's line.
                return false;
            }
        }

        /// <summary>Starts the world: configuration, sandbox, network, supply, flash. The device stays off.</summary>
        public void Start()
        {
            string configText = _settings.ConfigText ?? EmbeddedConfig();
            string tokenUrl = _settings.LwaTokenUrl;
            string drsUrl = _settings.DrsUrl;
            if (_settings.UsesSandbox)
            {
                int savedPort = RememberedPort();
                var options = new SandboxOptions { Clock = Clock.Sandbox, DeliveryDelay = _settings.DeliveryDelay, Port = savedPort, StatePath = KeepsFolder ? Path.Combine(FlashFolder(), SandboxStateFile) : null };
                options.Clients.Clear();
                options.Clients.Add(new SandboxClient(_settings.ClientId, _settings.RedirectUri));
                _settings.ConfigureSandbox?.Invoke(options);
                try
                {
                    Sandbox = _settings.Sandbox ?? SandboxServer.Start(options);
                }
                catch (IOException) when (options.Port != 0)
                {
                    options.Port = 0;
                    Sandbox = SandboxServer.Start(options);
                    Log.Story($"the sandbox's saved port {savedPort} is taken by another program: it listens on {Sandbox.Port} instead. "
                        + "The tokens on flash name the old token URL, so the device will ask to be provisioned again (free the port to resume)");
                }

                RememberPort(Sandbox.Port);
                IReadOnlyList<SandboxOrder> restoredOrders = Sandbox.Orders();
                _ordersAtStart = restoredOrders.Count;
                _ordersSeen = _ordersAtStart;
                foreach (SandboxOrder order in restoredOrders.Where(o => o.Status != SandboxOrder.Pending))
                {
                    // Deliveries of the earlier run were refilled then; one still pending is refilled when it arrives.
                    _refilledOrders.Add(order.EventInstanceId);
                }

                foreach (FaultSpec fault in _settings.Faults.Where(f => !f.WrongWifiPassword))
                {
                    Sandbox.Faults.Add(fault.Endpoint.Value, fault.Kind, fault.Count);
                }

                tokenUrl = Sandbox.TokenUrl;
                drsUrl = Sandbox.BaseUrl;
                _authorizeUrl = Sandbox.AuthorizeUrl;
                Log.Story($"sandbox LWA + DRS listening on {Sandbox.BaseUrl} (its clock is the simulation's)");
                if (Sandbox.RestoredFrom != null)
                {
                    Log.Story($"sandbox state restored from {Sandbox.RestoredFrom}: {Sandbox.Registrations().Count(r => r.Active)} active registration(s), "
                        + $"{_ordersAtStart} earlier order(s) ({restoredOrders.Count(o => o.Status == SandboxOrder.Pending)} pending); the virtual clock resumes at {Clock.UtcNow:yyyy-MM-dd HH:mm} UTC");
                }
            }

            // The web-app flow names no LWA or DRS URL (the web application calls them): taken as written.
            Config = IsWebAppFlow(configText) ? FirmwareConfig.Parse(configText) : ConfigWithUrls(configText, tokenUrl, drsUrl);
            if (!_settings.UsesSandbox)
            {
                _authorizeUrl = _settings.AuthorizeUrl ?? new Uri(Config.LwaTokenUrl).GetLeftPart(UriPartial.Authority) + "/ap/oa";
                Log.Story($"external peers: LWA {Config.LwaTokenUrl} (login at {_authorizeUrl}), DRS {Config.DrsBaseUrl}");
            }

            Serial = Config.SerialSource == SerialSource.Mac ? DeviceSerial.FromMac(SimulatedMac) : Config.Serial;
            _baseFlash = _settings.Flash ?? new FolderFlashStore(FlashFolder());
            Flash = new CountingFlashStore(_baseFlash);
            string nvs = _settings.Flash == null ? Path.Combine(FlashFolder(), "wifi-driver.nvs") : null;
            Network = new SimulatedNetwork(_settings.WifiSsid, _settings.WifiPassword, nvs);
            FaultSpec wifiFault = _settings.Faults.FirstOrDefault(f => f.WrongWifiPassword);
            Network.WrongPasswordJoinsLeft = wifiFault?.Count ?? 0;
            Supply = new SupplyBoard();
            for (int i = 0; i < Config.SlotCount; i++)
            {
                SupplySlotSettings slot = Config.SlotAt(i);
                Supply.Add(slot.SensorChannel, new SupplyCurve(slot, Clock, _settings.PercentPerDay, _settings.Seed + i));
            }

            _random = new SeededRandomSource(_settings.Seed);
            _http = new DotNetHttpTransport(_settings.HttpTimeout);
            Requests = new DeviceRequestLog(_http, Config.LwaTokenUrl, Config.DrsBaseUrl);
            Companion = new CompanionApp(_authorizeUrl, _settings.ClientId, _settings.RedirectUri, _settings.WifiSsid, _settings.WifiPassword, true, Log);
            Log.Story($"device {Config.DeviceModel} serial {Serial}, {Config.SlotCount} slot(s); flash {(_settings.Flash != null ? "in memory" : FlashFolder())}");
            foreach (FaultSpec fault in _settings.Faults)
            {
                Log.Story($"fault armed: {fault}");
            }
        }

        /// <summary>Power on: a new firmware instance over the same flash (RAM starts empty), booted.</summary>
        public void PowerOn()
        {
            if (App != null)
            {
                throw new InvalidOperationException("the device is on already");
            }

            Boots++;
            Peripheral = new InMemoryGattPeripheral();
            var ports = new FirmwarePorts(Flash, Requests, _random, Supply, Peripheral, Network, Network, new SimulatedTimeSync(Network), null, Clock, Log);
            App = new FirmwareApp(Config, Serial, FirmwareVersion, ports, DeviceKey);
            Log.Story(Boots == 1 ? "power on" : "power on again (RAM empty, flash kept)");
            App.Boot(Clock.UtcNow);
            if (Boots == 1 && App.IsProvisioned)
            {
                Resumed = true;
                Log.Story("the device boots provisioned from the kept flash folder: no BLE provisioning; it refreshes its access token with the stored refresh token");
            }

            _windowHandled = false;
            ReportMode();
        }

        /// <summary>Power on with another flash store over the same contents (tests: a fresh, unarmed power-cut store after a cut).</summary>
        public void PowerOn(IFlashStore flash)
        {
            Flash = new CountingFlashStore(flash ?? throw new ArgumentNullException(nameof(flash)));
            PowerOn();
        }

        /// <summary>Power cut: the firmware and everything in RAM are gone; flash and the Wi-Fi driver's stored network stay.</summary>
        public void PowerCut()
        {
            App = null;
            Peripheral = null;
            Network.PowerOff();
            _lastMode = null;
            Log.Story("power cut");
        }

        /// <summary>One pass: the device ticks, the world reacts, time moves to the device's next wake.</summary>
        public void Step()
        {
            if (App == null)
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
                return;
            }

            try
            {
                App.Tick(Clock.UtcNow);
            }
            catch (Exception e)
            {
                // On hardware an escaping exception would reset the board; the run reports it and goes on.
                TickFailures++;
                Log.Story($"the firmware's tick threw {e.GetType().Name}: {e.Message}");
                if (App == null)
                {
                    return;
                }
            }

            ReportMode();
            WatchOrders();
            SaveWorldIfChanged();
            if (AutoProvision && App.Mode == FirmwareMode.WindowOpen && !App.IsProvisioned && !_windowHandled)
            {
                _windowHandled = true;
                Provision();
                return;
            }

            if (App.Mode != FirmwareMode.WindowOpen)
            {
                _windowHandled = false;
            }

            DeliverAndRefill();
            if (Clock.UtcNow >= _nextReboot)
            {
                _nextReboot = Clock.UtcNow + _settings.RebootEvery;
                PowerCut();
                PowerOn();
                return;
            }

            DateTime next = App.NextWake(Clock.UtcNow);
            TimeSpan step = next == DateTime.MaxValue ? TimeSpan.FromHours(1) : next - Clock.UtcNow;
            Clock.Advance(step < MinStep ? MinStep : (step > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : step));
        }

        /// <summary>Steps until <paramref name="done"/> or until <paramref name="limit"/> of virtual time passed.</summary>
        /// <returns>True when done.</returns>
        public bool RunUntil(Func<bool> done, TimeSpan limit)
        {
            DateTime end = Clock.UtcNow + limit;
            while (!done())
            {
                if (Clock.UtcNow >= end)
                {
                    return false;
                }

                Step();
            }

            return true;
        }

        /// <summary>The user provisions with the companion app while the window is open (up to three tries, as a user would).</summary>
        /// <returns>True when the device stored tokens.</returns>
        public bool Provision(string codeOverride = null)
        {
            if (App == null || !App.Provisioning.IsOpen)
            {
                return false;
            }

            Log.Story($"user: opens the companion app; it finds {Peripheral.AdvertisedName} advertising over BLE and connects");
            Companion.Connect(Peripheral);
            for (int attempt = 1; attempt <= 3; attempt++)
            {
                if (!Companion.ProvisionOnce(attempt == 1 ? codeOverride : null))
                {
                    return false;
                }

                StatusValue status = WaitForOutcome();
                if (status.State == ProvisioningState.Provisioned)
                {
                    Provisionings++;
                    Log.Story($"app: the device says provisioned (attempt {status.Attempt})");
                    RunUntil(() => App == null || !App.Provisioning.IsOpen, TimeSpan.FromMinutes(1));
                    return true;
                }

                Log.Story($"app: the device reports {ProvisioningErrors.NameOf(status.LastError)} ({status.State}); the user tries again");
                if (status.State == ProvisioningState.Closed)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The default story: provision, drain to low, one order whose status the user checks, delivery and
        /// refill, reboot and token refresh, then a second order that the maker cancels (a test order).
        /// </summary>
        public SimulationReport RunStory()
        {
            Log.Plain("DeviceFirmware simulator: the device's portable firmware with host adapters, on a virtual clock");
            Start();
            PowerOn();
            bool provisioned = RunUntil(() => App.Mode == FirmwareMode.Operating, TimeSpan.FromMinutes(15));
            if (!provisioned)
            {
                return Stopped("the device did not reach operating: stopping");
            }

            SupplySlotSettings slot = Config.SlotAt(0);
            Log.Story($"user: the {slot.Name} slot is full; the household uses about {_settings.PercentPerDay:0} % a day");
            int before = OrdersPlaced;
            if (!RunUntil(() => OrdersPlaced > before, TimeSpan.FromDays(30)))
            {
                return Stopped("no order within 30 days: stopping");
            }

            Log.Story($"user: asks when the {slot.Name} arrives. The firmware has DRS's order-status call but nothing on the device uses it, "
                + "so the maker's bench sends it with the device's own DRS client and access token");
            CheckOrder(App.Replenishment.SlotAt(0).EventInstanceId);
            RunUntil(() => Supply.Slots[0].Refills > 0 && App?.Replenishment?.SlotAt(0).Phase == SlotPhase.Armed, TimeSpan.FromDays(10));
            PowerCut();
            PowerOn();
            int refreshes = Refreshes;
            bool refreshed = RunUntil(() => App.Mode == FirmwareMode.Operating && Refreshes > refreshes, TimeSpan.FromDays(1));
            Log.Story(refreshed ? "the device is back to work with the refresh token from flash (a new access token was fetched)" : "no refresh after the reboot");
            if (!refreshed)
            {
                return Stopped("stopping");
            }

            Log.Story($"maker: one more order, to try cancelling it: the {slot.Name} slot is left to run low again");
            before = OrdersPlaced;
            int refills = Supply.Slots[0].Refills;
            if (!RunUntil(() => OrdersPlaced > before, TimeSpan.FromDays(30)))
            {
                return Stopped("no second order within 30 days: stopping");
            }

            string second = App.Replenishment.SlotAt(0).EventInstanceId;
            ReplenishAnswer placed = Requests.ReplenishAnswers.LastOrDefault(a => a.PlacedOrder);
            if (placed == null || placed.Detail != ReplenishDetail.TestOrderPlaced)
            {
                Log.Story("maker: this is a real order, not a test order: it is not cancelled");
            }
            else
            {
                Log.Story($"maker: cancels the test order from the bench (DRS's cancel-test-order call, also unused by the firmware), so the next test starts with no order open");
                CancelTestOrder(slot.SlotId);
                CheckOrder(second);
                if (Supply.Slots[0].Refills == refills)
                {
                    Refill(slot.SlotId, "a cancelled order is never delivered", "maker");
                }
            }

            RunUntil(() => Supply.Slots[0].Refills > refills && App?.Replenishment?.SlotAt(0).Phase == SlotPhase.Armed, TimeSpan.FromDays(10));
            if (KeepsFolder)
            {
                Log.Story($"flash, Wi-Fi driver, sandbox state and clock kept in {FlashFolder()}: the next run with --flash-dir resumes provisioned");
            }

            return Report("story");
        }

        /// <summary>
        /// The soak: provision, then <paramref name="days"/> days of use with deliveries, refills and a weekly power cycle;
        /// then a factory reset (deregistration), unless the flash folder is kept for another run.
        /// </summary>
        public SimulationReport RunSoak(int days)
        {
            Log.Plain($"DeviceFirmware simulator: soak of {days} simulated day(s)");
            Start();
            PowerOn();
            _nextReboot = Clock.UtcNow + _settings.RebootEvery;
            DateTime end = Clock.UtcNow + TimeSpan.FromDays(days);
            RunUntil(() => Clock.UtcNow >= end, TimeSpan.FromDays(days));
            string reset = null;
            if (KeepsFolder)
            {
                Log.Story($"the soak is over; the device stays provisioned in {FlashFolder()} for the next run (no factory reset)");
            }
            else if (App != null && App.IsProvisioned)
            {
                Log.Story("maker: the soak is over: factory reset (the device deregisters from DRS, wipes its tokens and slot states and forgets the Wi-Fi)");
                int deregistrations = Requests.ByEndpoint.TryGetValue("Deregister", out int n) ? n : 0;
                App.FactoryReset(Clock.UtcNow);
                bool asked = Requests.ByEndpoint.TryGetValue("Deregister", out int m) && m > deregistrations;
                bool gone = Sandbox == null ? asked : Sandbox.Registrations().All(r => !r.Active);
                reset = gone ? "deregistered from DRS, tokens wiped" : "tokens wiped, but DRS still lists the device";
                Log.Story(gone ? "DRS: the device is deregistered; it no longer appears in the customer's account" : "DRS: the device is still registered (see the warnings above)");
            }

            SimulationReport report = Report("soak");
            report.FactoryReset = reset;
            return report;
        }

        /// <summary>The figures so far.</summary>
        public SimulationReport Report(string kind)
        {
            var report = new SimulationReport
            {
                Kind = kind,
                Resumed = Resumed,
                SimulatedTime = Clock.UtcNow - Clock.Start,
                WallTime = _wall.Elapsed,
                LowEpisodes = Supply.Slots.Sum(s => s.LowEpisodes),
                EpisodesAwaitingOrder = Enumerable.Range(0, Config.SlotCount).Count(i => Supply.Slots[i].LowEpisodes > 0 && Clock.UtcNow - Supply.Slots[i].LastEpisodeStart < TimeSpan.FromMinutes(10)
                    && !_episodeAnswers.ContainsKey((Config.SlotAt(i).SlotId, Supply.Slots[i].LowEpisodes))),
                Orders = OrdersPlaced,
                EpisodesCoveredByOpenOrder = EpisodesCoveredByOpenOrder,
                ProvisionedAtEnd = App?.IsProvisioned ?? false,
                EverProvisioned = Provisionings > 0 || Resumed,
                DuplicateOrders = DuplicateOrders(),
                Refreshes = Refreshes,
                CodeExchanges = Sandbox?.Requests.CountOf(SandboxEndpoint.Token, "authorization_code") ?? Requests?.CodeExchanges ?? 0,
                Provisionings = Provisionings,
                Boots = Boots,
                Refills = Supply.Slots.Sum(s => s.Refills),
                FlashWrites = Flash.Writes,
                FlashBytes = Flash.BytesWritten,
                FlashErases = Flash.Erases,
                TokenWrites = Flash.WritesTo("tokens"),
                EpisodeWrites = Flash.WritesTo(EpisodeStore.StoreName) + Flash.WritesTo(EpisodeStore.NumberedStoreName),
                FirmwareErrors = Log.Errors,
                FirmwareWarnings = Log.Warnings,
                TickFailures = TickFailures,
                FinalMode = App?.Mode,
            };
            if (Sandbox != null)
            {
                foreach (var entry in Sandbox.Requests.CountByEndpoint().OrderBy(e => e.Key))
                {
                    report.RequestsByEndpoint[entry.Key.ToString()] = entry.Value;
                }

                report.FailedRequests = Sandbox.Requests.Snapshot().Count(r => r.Status == 0 || r.Status >= 400);
            }
            else if (Requests != null)
            {
                // No sandbox log (external LWA and DRS): the requests as the device sent them.
                report.RequestsCountedAtDevice = true;
                foreach (var entry in Requests.ByEndpoint)
                {
                    report.RequestsByEndpoint[entry.Key] = entry.Value;
                }

                report.FailedRequests = Requests.Failed;
            }

            return report;
        }

        private SimulationReport Stopped(string why)
        {
            Log.Story(why);
            SimulationReport report = Report("story");
            report.Problems.Add("the story stopped early: " + why);
            return report;
        }

        // The maker's bench asks DRS for an order's status with the device's own client.
        private void CheckOrder(string eventInstanceId)
        {
            if (eventInstanceId == null)
            {
                Log.Story("maker: the device holds no order reference to ask about");
                return;
            }

            try
            {
                OrderInfo info = MakerBench.DrsOf(App).GetOrderInfo(Clock.UtcNow, eventInstanceId);
                for (int i = 0; i < info.ItemCount; i++)
                {
                    OrderItem item = info.ItemAt(i);
                    string date = item.ExpectedDeliveryDate;
                    string when = string.IsNullOrEmpty(date) || item.Status != SandboxOrder.Pending ? string.Empty : $", expected by {(date.Length > 10 ? date.Substring(0, 10) : date)}";
                    Log.Story($"DRS: the order for {item.SlotId} ({item.Quantity} x {item.Asin}) is {item.Status.ToLowerInvariant()}{when}");
                }
            }
            catch (Exception e) when (e is DrsException || e is Auth.TokenUnavailableException)
            {
                Log.Story($"DRS could not tell the order's status: {e.Message}");
            }
        }

        private void CancelTestOrder(string slotId)
        {
            try
            {
                CancelTestOrdersResult result = MakerBench.DrsOf(App).CancelTestOrder(Clock.UtcNow, slotId);
                for (int i = 0; i < result.SlotCount; i++)
                {
                    SlotOrderStatus status = result.SlotAt(i);
                    Log.Story(status.OrderStatus == SlotOrderStatus.NoOrderInProgress
                        ? $"DRS: test order cancelled; no order is open for {status.SlotId} any more"
                        : $"DRS: an order is still open for {status.SlotId} ({status.OrderStatus})");
                }
            }
            catch (Exception e) when (e is DrsException || e is Auth.TokenUnavailableException)
            {
                Log.Story($"DRS did not cancel the test order: {e.Message}");
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            try
            {
                SaveWorld();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Log.Story($"the sandbox state and clock could not be saved in {FlashFolder()}: {e.Message}");
            }

            Companion?.Dispose();
            _http?.Dispose();
            if (_settings.Sandbox == null)
            {
                Sandbox?.Dispose();
            }

            if (_tempFlashDir != null)
            {
                try
                {
                    Directory.Delete(_tempFlashDir, true);
                }
                catch (IOException)
                {
                    // A leftover temp folder is harmless.
                }
            }
        }

        /// <summary>nf.config with the LWA token URL and DRS base URL replaced (null keeps the configured one).</summary>
        public static string WithUrls(string configText, string tokenUrl, string drsUrl) => WithUrls(configText, tokenUrl, drsUrl, new List<int>());

        /// <summary>
        /// Parses nf.config with the LWA token URL and DRS base URL replaced (null keeps the configured one).
        /// An error names the line of the file as written: a key the simulator had to add is not counted.
        /// </summary>
        /// <exception cref="ConfigException">The configuration is invalid.</exception>
        public static FirmwareConfig ConfigWithUrls(string configText, string tokenUrl, string drsUrl)
        {
            var added = new List<int>();
            string text = WithUrls(configText, tokenUrl, drsUrl, added);
            try
            {
                return FirmwareConfig.Parse(text);
            }
            catch (ConfigException e) when (e.LineNumber > 0 && added.Count > 0)
            {
                if (added.Contains(e.LineNumber))
                {
                    throw new ConfigException(0, e.Key, e.Problem + " (a value the simulator set)");
                }

                throw new ConfigException(e.LineNumber - added.Count(line => line < e.LineNumber), e.Key, e.Problem);
            }
        }

        // The 1-based numbers (in the returned text) of the lines added go into added.
        private static string WithUrls(string configText, string tokenUrl, string drsUrl, List<int> added)
        {
            string text = configText;
            if (tokenUrl != null)
            {
                text = SetKey(text, "lwa", "token_url", tokenUrl, added);
            }

            if (drsUrl != null)
            {
                text = SetKey(text, "drs", "base_url", drsUrl, added);
            }

            return text;
        }

        /// <summary>The nf.config embedded in the simulator (the repository's copy).</summary>
        public static string EmbeddedConfig()
        {
            using Stream stream = typeof(SimulationRun).Assembly.GetManifestResourceStream("nf.config")
                ?? throw new InvalidOperationException("the simulator was built without its embedded nf.config");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static string SetKey(string text, string section, string key, string value, List<int> added)
        {
            // Replaced in place on its own line (a trailing \r stays), so no line moves.
            var line = new Regex(@"^[ \t]*" + key + @"[ \t]*=[^\r\n]*", RegexOptions.Multiline);
            if (line.IsMatch(text))
            {
                return line.Replace(text, key + " = " + value, 1);
            }

            var header = new Regex(@"^[ \t]*\[" + section + @"\][ \t]*\r?$", RegexOptions.Multiline);
            Match match = header.Match(text);
            if (match.Success)
            {
                int at = match.Index + match.Length;
                int lineNumber = LineOf(text, at) + 1;
                ShiftAdded(added, lineNumber, 1);
                added.Add(lineNumber);
                return text.Insert(at, "\n" + key + " = " + value);
            }

            string separator = text.Length == 0 || text.EndsWith("\n", StringComparison.Ordinal) ? string.Empty : "\n";
            int first = LineOf(text + separator, (text + separator).Length);
            added.Add(first);
            added.Add(first + 1);
            return text + separator + "[" + section + "]\n" + key + " = " + value + "\n";
        }

        // 1-based line of the character at index (index may be the length).
        private static int LineOf(string text, int index) => 1 + text.Take(index).Count(c => c == '\n');

        private static void ShiftAdded(List<int> added, int from, int by)
        {
            for (int i = 0; i < added.Count; i++)
            {
                if (added[i] >= from)
                {
                    added[i] += by;
                }
            }
        }

        private StatusValue WaitForOutcome()
        {
            StatusValue status = Companion.Client.ReadStatus();
            DateTime end = Clock.UtcNow + TimeSpan.FromMinutes(3);
            bool started = false;
            while (Clock.UtcNow < end && App != null)
            {
                App.Tick(Clock.UtcNow);
                status = Companion.Client.ReadStatus();
                started |= status.State != ProvisioningState.WaitingForInput || status.Attempt != Companion.CommittedAttempt;
                if (status.State == ProvisioningState.Provisioned || status.State == ProvisioningState.Closed
                    || (started && status.State == ProvisioningState.WaitingForInput) || (status.State == ProvisioningState.WaitingForInput && status.LastError != ProvisioningErrors.None))
                {
                    return status;
                }

                Clock.Advance(TimeSpan.FromMilliseconds(200));
            }

            return status;
        }

        private void ReportMode()
        {
            FirmwareMode mode = App.Mode;
            if (mode != _lastMode)
            {
                _lastMode = mode;
                Log.Story("status LED: " + DescribeLed(mode));
            }
        }

        private void WatchOrders()
        {
            if (Sandbox != null)
            {
                IReadOnlyList<SandboxOrder> orders = Sandbox.Orders();
                for (int i = _ordersSeen; i < orders.Count; i++)
                {
                    SandboxOrder order = orders[i];
                    Log.Story($"DRS: {(order.IsTestOrder ? "test order" : "order")} placed for {order.SlotId} ({order.Quantity} x {order.Asin}), event {order.EventInstanceId}");
                }

                _ordersSeen = orders.Count;
            }

            WatchAnswers();
        }

        // Each replenish answer the device got, attributed to the slot's current low episode (as the world counts them).
        private void WatchAnswers()
        {
            if (Requests == null)
            {
                return;
            }

            IReadOnlyList<ReplenishAnswer> answers = Requests.ReplenishAnswers;
            for (; _answersSeen < answers.Count; _answersSeen++)
            {
                ReplenishAnswer answer = answers[_answersSeen];
                int episode = EpisodesOf(answer.SlotId);
                var key = (answer.SlotId, episode);
                (bool placed, bool inProgress) = _episodeAnswers.TryGetValue(key, out var seen) ? seen : (false, false);
                _episodeAnswers[key] = (placed || answer.PlacedOrder, inProgress || !answer.PlacedOrder);
                if (!answer.PlacedOrder && !placed)
                {
                    Log.Story($"DRS: an order for {answer.SlotId} is still open (event {answer.EventInstanceId}): it covers this low episode, nothing new is ordered");
                }
                else if (answer.PlacedOrder && Sandbox == null)
                {
                    Log.Story($"DRS: {(answer.Detail == ReplenishDetail.TestOrderPlaced ? "test order" : "order")} placed for {answer.SlotId}, event {answer.EventInstanceId}");
                }
            }
        }

        private void DeliverAndRefill()
        {
            if (Sandbox != null)
            {
                foreach (SandboxOrder order in Sandbox.Orders())
                {
                    if (order.Status == SandboxOrder.Delivered && _refilledOrders.Add(order.EventInstanceId))
                    {
                        Refill(order.SlotId, "the delivery arrived");
                    }
                }

                return;
            }

            ReplenishmentPolicy policy = App.Replenishment;
            for (int i = 0; policy != null && i < policy.SlotCount; i++)
            {
                SlotMonitor slot = policy.SlotAt(i);
                string id = slot.EventInstanceId;
                if (slot.Phase == SlotPhase.Ordered && id != null && _refilledOrders.Add(id))
                {
                    Refill(slot.SlotId, "(no sandbox) the user refills right after the order");
                }
            }
        }

        private void Refill(string slotId, string why, string who = "user")
        {
            for (int i = 0; i < Config.SlotCount; i++)
            {
                if (Config.SlotAt(i).SlotId == slotId)
                {
                    Supply.Slots[i].Refill();
                    Log.Story($"{who}: {why}; refills {Config.SlotAt(i).Name} to 100 %");
                }
            }
        }

        private int DuplicateOrders()
        {
            if (Sandbox == null)
            {
                return 0;
            }

            // Orders per low episode of each slot's supply: more than one in an episode is a duplicate.
            int duplicates = 0;
            foreach (IGrouping<string, SandboxOrder> slotOrders in Sandbox.Orders().Skip(_ordersAtStart).GroupBy(o => o.SlotId))
            {
                duplicates += Math.Max(0, slotOrders.Count() - EpisodesOf(slotOrders.Key));
            }

            return duplicates;
        }

        private int EpisodesOf(string slotId)
        {
            for (int i = 0; i < Config.SlotCount; i++)
            {
                if (Config.SlotAt(i).SlotId == slotId)
                {
                    return Supply.Slots[i].LowEpisodes;
                }
            }

            return 0;
        }

        /// <summary>What the status LED shows in <paramref name="mode"/>: the firmware's own pattern (Status/LedPatterns) and what it means (README's LED table).</summary>
        public static string DescribeLed(FirmwareMode mode)
        {
            LedPattern pattern = LedPatterns.For(mode);
            string rhythm = pattern.IsSteady || pattern.Name.Contains("every", StringComparison.Ordinal) ? string.Empty
                : pattern.PeriodMs < 1000 ? $" ({1000 / pattern.PeriodMs} per second)"
                : $" every {pattern.PeriodMs / 1000.0:0.#} s";
            string meaning = mode switch
            {
                FirmwareMode.Unprovisioned => "not provisioned, window closed: hold the button",
                FirmwareMode.WindowOpen => "provisioning window open: pair with the companion app",
                FirmwareMode.Connecting => "connecting: joining Wi-Fi, setting the clock",
                FirmwareMode.Operating => "operating: watching the supply",
                FirmwareMode.NotRegistered => "web-app flow: register the device on the web application",
                _ => "error: see the serial console",
            };
            return pattern.Name + rhythm + ": " + meaning;
        }

        private string FlashFolder()
        {
            if (_settings.FlashDir != null)
            {
                return Path.GetFullPath(_settings.FlashDir);
            }

            _tempFlashDir ??= Path.Combine(Path.GetTempPath(), "devicefirmware-sim-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            return _tempFlashDir;
        }

        // The flash folder outlives the run: the sandbox's state, port and the clock are kept with it.
        private bool KeepsFolder => _settings.FlashDir != null && _settings.Flash == null;

        private DateTimeOffset? ReadSavedClock()
        {
            string file = Path.Combine(FlashFolder(), ClockFile);
            if (!File.Exists(file))
            {
                return null;
            }

            string text = File.ReadAllText(file).Trim();
            return DateTimeOffset.TryParseExact(text, "O", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateTimeOffset time) && time >= Epoch
                ? time.ToUniversalTime()
                : throw new InvalidDataException($"{file} does not hold a virtual time (ISO-8601 round-trip, not before {Epoch:O}); delete it to start the clock afresh");
        }

        // Saved whenever the sandbox served a request (anything it keeps can change only then, or through the
        // control API, saved at the end), so a run stopped with Ctrl+C still leaves a state the flash agrees with.
        private void SaveWorldIfChanged()
        {
            if (KeepsFolder && Sandbox != null && Sandbox.Requests.Count != _requestsSaved)
            {
                SaveWorld();
            }
        }

        private void SaveWorld()
        {
            if (!KeepsFolder || Config == null)
            {
                return;
            }

            Directory.CreateDirectory(FlashFolder());
            if (Sandbox != null)
            {
                _requestsSaved = Sandbox.Requests.Count;
                Sandbox.SaveState(Path.Combine(FlashFolder(), SandboxStateFile));
            }

            File.WriteAllText(Path.Combine(FlashFolder(), ClockFile), Clock.Sandbox.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        private int RememberedPort()
        {
            if (!KeepsFolder)
            {
                return 0;
            }

            string file = Path.Combine(FlashFolder(), "sandbox.port");
            return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out int port) ? port : 0;
        }

        private void RememberPort(int port)
        {
            if (KeepsFolder)
            {
                Directory.CreateDirectory(FlashFolder());
                File.WriteAllText(Path.Combine(FlashFolder(), "sandbox.port"), port.ToString());
            }
        }
    }
}
