using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using DeviceFirmware.DeviceApi;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Drs;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Replenishment;
using DeviceFirmware.Retry;
using DeviceFirmware.Storage;

namespace DeviceFirmware.App
{
    /// <summary>
    /// The firmware as one object, built by the device's Program.cs and by the simulator with their
    /// adapters (<see cref="FirmwarePorts"/>). The caller owns the loop and the clock:
    /// <code>
    /// FirmwareApp app = new FirmwareApp(config, serial, version, ports);
    /// app.Boot(clock.UtcNow);
    /// while (true) { app.Tick(clock.UtcNow); sleep until app.NextWake(clock.UtcNow) or a button edge; }
    /// </code>
    /// Boot loads the token vault: tokens present means operating (after rejoining Wi-Fi and syncing the
    /// clock), none means the provisioning window opens. Tick always drives the provisioning session (so a
    /// long press reopens the window) and, when operating, the replenishment policy. A provisioning success
    /// starts operating; a revoked grant or a deregistered device goes back to provisioning with the slot
    /// episodes kept on flash; a halt is reported and kept until a new provisioning or a restart. No thread,
    /// no sleep and no wall clock inside: every call takes the current time.
    /// In the web-app flow (device.flow = web-app) there is no token vault, no LWA and no DRS: Boot reads the
    /// <see cref="ProvisionedMarker"/>, provisioning carries Wi-Fi only and ends with a signed status call
    /// (<see cref="WebAppCheckIn"/>), and operating is <see cref="WebAppReplenishment"/> on the device API.
    /// </summary>
    public sealed class FirmwareApp
    {
        /// <summary>How often the loop should tick while the provisioning window is open (GATT commands are polled).</summary>
        public static readonly TimeSpan WindowPollInterval = TimeSpan.FromTicks(200 * TimeSpan.TicksPerMillisecond);

        /// <summary>How often the loop should tick while the button is held (long-press detection).</summary>
        public static readonly TimeSpan ButtonPollInterval = TimeSpan.FromTicks(100 * TimeSpan.TicksPerMillisecond);

        private readonly FirmwareConfig _config;
        private readonly FirmwarePorts _ports;
        private readonly ILog _log;
        private readonly TokenVault _vault;
        private readonly AccessTokenKeeper _keeper;
        private readonly DrsClient _drs;
        private readonly RefusalTracker _refusals;
        private readonly EpisodeStore _episodes;
        private readonly FactoryReset _factoryReset;
        private readonly SupplySlotSettings[] _slots;
        private readonly ProvisioningSession _session;
        private readonly RetryGate _connectGate;

        private DateTime _now;
        private bool _booted;
        private bool _provisioned;
        private bool _online;
        private bool _halted;
        private bool _successSeen;
        private ReplenishmentPolicy _policy;

        // Web-app flow only (null in the companion flow, where the companion fields above are set instead).
        private readonly WebAppMode _webApp;

        /// <summary>Builds the firmware; nothing runs and nothing is read until <see cref="Boot"/>.</summary>
        /// <param name="config">The loaded nf.config.</param>
        /// <param name="serial">The serial in use (configured or derived from the MAC).</param>
        /// <param name="firmwareVersion">The running firmware's version (published over BLE).</param>
        /// <param name="ports">The adapters.</param>
        public FirmwareApp(FirmwareConfig config, string serial, string firmwareVersion, FirmwarePorts ports)
            : this(config, serial, firmwareVersion, ports, null)
        {
        }

        /// <summary>Builds the firmware of either flow; nothing runs and nothing is read until <see cref="Boot"/>.</summary>
        /// <param name="config">The loaded nf.config.</param>
        /// <param name="serial">The serial in use (configured or derived from the MAC).</param>
        /// <param name="firmwareVersion">The running firmware's version (published over BLE).</param>
        /// <param name="ports">The adapters.</param>
        /// <param name="deviceKey">The device key (I:\device.key): required in the web-app flow, unused in the companion flow.</param>
        public FirmwareApp(FirmwareConfig config, string serial, string firmwareVersion, FirmwarePorts ports, DeviceKey deviceKey)
        {
            if (config == null)
            {
                throw new ArgumentNullException("config");
            }

            if (ports == null)
            {
                throw new ArgumentNullException("ports");
            }

            _config = config;
            _ports = ports;
            _log = ports.Log;
            _slots = new SupplySlotSettings[config.SlotCount];
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i] = config.SlotAt(i);
            }

            // Joining Wi-Fi and setting the clock put no load on LWA or DRS: a fixed 60 s cap, so the device is
            // back within a minute of the router, however long the router was gone.
            _connectGate = new RetryGate(BackoffPolicy.WithoutGrowth(ports.Random));
            IAuthorizationCodeExchange exchange;
            if (config.Flow == FirmwareFlow.WebApp)
            {
                _webApp = new WebAppMode(config, serial, firmwareVersion, ports, deviceKey, _slots);
                exchange = _webApp.CheckIn;
            }
            else
            {
                _vault = new TokenVault(ports.Flash, _log);
                _keeper = new AccessTokenKeeper(new LwaClient(ports.Http, _log), _vault, new BackoffPolicy(ports.Random), _log);
                _refusals = new RefusalTracker(ports.Flash, ports.Random, config.DrsRefusalsBeforeReset, TimeSpan.FromTicks(config.DrsRefusalWindowMinutes * TimeSpan.TicksPerMinute), _log);
                _drs = new DrsClient(ports.Http, _keeper, _vault, config.DrsBaseUrl, _log, _refusals);
                _episodes = new EpisodeStore(ports.Flash, _log);
                _factoryReset = new FactoryReset(_drs, _vault, _episodes, _log);
                exchange = new KeeperCodeExchange(_keeper, config.LwaTokenUrl);
            }

            ProvisioningPorts provisioningPorts = new ProvisioningPorts(ports.Peripheral, ports.Wifi, ports.TimeSync,
                exchange, new CredentialEraser(this), ports.Random, ports.Button);
            _session = new ProvisioningSession(ProvisioningProfile.FromConfig(config, serial, firmwareVersion), provisioningPorts, ports.Clock, _log);
        }

        /// <summary>
        /// The device's DRS client. Nothing in the firmware calls its order-info and test-order calls; a
        /// maker's bench (the simulator's) sends them with the device's own grant. Null in the web-app flow.
        /// </summary>
        public DrsClient Drs
        {
            get { return _drs; }
        }

        /// <summary>What the firmware is doing (status LED).</summary>
        public FirmwareMode Mode
        {
            get
            {
                if (_session.IsOpen)
                {
                    return FirmwareMode.WindowOpen;
                }

                if (_halted)
                {
                    return FirmwareMode.Error;
                }

                if (!_provisioned)
                {
                    return FirmwareMode.Unprovisioned;
                }

                if ((_refusals != null && _refusals.IsRefusing) || (_webApp != null && _webApp.Policy != null && _webApp.Policy.IsRejected))
                {
                    // DRS refuses the device (tokens kept, retrying): the user may have to act on the network.
                    return FirmwareMode.Error;
                }

                if (!_online)
                {
                    return FirmwareMode.Connecting;
                }

                return _webApp != null && _webApp.Policy != null && _webApp.Policy.AwaitsRegistration ? FirmwareMode.NotRegistered : FirmwareMode.Operating;
            }
        }

        /// <summary>True while tokens for the configured LWA token endpoint are held.</summary>
        public bool IsProvisioned
        {
            get { return _provisioned; }
        }

        /// <summary>The provisioning session (its GATT endpoint, window deadline).</summary>
        public ProvisioningSession Provisioning
        {
            get { return _session; }
        }

        /// <summary>The replenishment policy while provisioned (slot phases, levels); null otherwise.</summary>
        public ReplenishmentPolicy Replenishment
        {
            get { return _policy; }
        }

        /// <summary>The web-app flow's work while operating; null before, while provisioning and in the companion flow.</summary>
        public WebAppReplenishment WebApp
        {
            get { return _webApp == null ? null : _webApp.Policy; }
        }

        /// <summary>Starts the firmware: loads the tokens, then either prepares to operate or opens the provisioning window. Once per instance.</summary>
        /// <param name="now">Current time (UTC).</param>
        public void Boot(DateTime now)
        {
            if (_booted)
            {
                throw new InvalidOperationException("the firmware is booted already");
            }

            _booted = true;
            _now = now;
            if (_webApp != null)
            {
                BootWebApp(now);
                return;
            }

            TokenRecord record = LoadTokens();
            if (record == null)
            {
                _log.Info("boot: not provisioned: opening the provisioning window");
                _session.Open(now);
                return;
            }

            _provisioned = true;
            _policy = NewPolicy();
            _log.Info("boot: provisioned (refresh token fp " + TokenFingerprint.Of(record.RefreshToken) + "): joining the stored Wi-Fi network");
        }

        /// <summary>One pass of the main loop: the provisioning session, then, when operating, the replenishment policy. May block on network calls.</summary>
        /// <param name="now">Current time (UTC).</param>
        public void Tick(DateTime now)
        {
            if (!_booted)
            {
                throw new InvalidOperationException("Boot must be called before Tick");
            }

            _now = now;
            _session.Tick(now);
            if (_session.HasSucceeded)
            {
                if (!_successSeen)
                {
                    _successSeen = true;
                    StartOperating();
                }
            }
            else
            {
                _successSeen = false;
            }

            if (!_provisioned || _halted)
            {
                return;
            }

            if (!_online)
            {
                Connect(now);
                if (!_online)
                {
                    return;
                }
            }

            if (_webApp != null)
            {
                _webApp.Policy.Tick(now);
                return;
            }

            _policy.Tick(now);
            if (_refusals.IsRefusing)
            {
                _session.ReportDeviceProblem(now, ProvisioningErrors.DrsRefused);
            }

            if (_policy.Status == ReplenishmentStatus.NeedsProvisioning)
            {
                BackToProvisioning(now);
            }
            else if (_policy.Status == ReplenishmentStatus.Halted)
            {
                _halted = true;
                _log.Error("halted: no access token can be had (see above): hold the button to provision again, or restart");
            }
        }

        /// <summary>When the loop should tick next (it may tick earlier, e.g. on a button edge); never before <paramref name="now"/>.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>The time of the next tick; <see cref="DateTime.MaxValue"/> when only the button can wake the firmware.</returns>
        public DateTime NextWake(DateTime now)
        {
            DateTime next = DateTime.MaxValue;
            if (_session.IsOpen)
            {
                next = now + WindowPollInterval;
            }

            if (_ports.Button != null && _ports.Button.IsPressed)
            {
                next = Earlier(next, now + ButtonPollInterval);
            }

            if (_booted && _provisioned && !_halted)
            {
                if (!_online)
                {
                    next = Earlier(next, _connectGate.IsOpen(now) ? now : _connectGate.NotBefore);
                }
                else
                {
                    next = Earlier(next, _webApp != null ? _webApp.Policy.NextWake(now) : _policy.NextWake(now));
                }
            }

            return next < now ? now : next;
        }

        /// <summary>Factory reset from the product itself (e.g. a very long press): as the companion app's command, then the window opens.</summary>
        /// <param name="now">Current time (UTC).</param>
        public void FactoryReset(DateTime now)
        {
            _now = now;
            try
            {
                EraseCredentials();
            }
            catch (Exception e)
            {
                _log.Error("factory reset incomplete: " + e.Message);
            }

            _session.Open(now);
        }

        /// <summary>Deregisters when online, wipes tokens and slot episodes, forgets Wi-Fi; the firmware is then unprovisioned.</summary>
        internal void EraseCredentials()
        {
            if (_webApp != null)
            {
                EraseWebAppCredentials();
                return;
            }

            bool online = _provisioned && _online && _ports.WifiLink.IsConnected;
            _log.Info("factory reset" + (online ? ": deregistering from DRS first" : string.Empty));
            try
            {
                _factoryReset.Run(_now, online);
            }
            finally
            {
                _ports.WifiLink.ForgetCredentials();
                _refusals.Forget();
                _provisioned = false;
                _online = false;
                _halted = false;
                _policy = null;
                _log.Info("factory reset: Wi-Fi credentials forgotten");
            }
        }

        private TokenRecord LoadTokens()
        {
            TokenRecord record;
            try
            {
                record = _vault.Load();
            }
            catch (Exception e)
            {
                _log.Error("boot: the token vault could not be read (" + e.Message + "): treated as not provisioned");
                return null;
            }

            if (record != null && record.TokenEndpoint != _config.LwaTokenUrl)
            {
                // Tokens of another LWA (nf.config changed): refreshing them there is not what the owner configured.
                _log.Warn("boot: the stored tokens were issued by " + record.TokenEndpoint + ", not the configured lwa.token_url " + _config.LwaTokenUrl + ": provision again");
                return null;
            }

            return record;
        }

        private void StartOperating()
        {
            bool wasProvisioned = _provisioned;
            _provisioned = true;
            _online = true;
            _halted = false;
            _connectGate.RecordSuccess();

            if (_webApp != null)
            {
                _webApp.StartOperating();
                _log.Info(wasProvisioned ? "provisioned again: operating with the web application" : "provisioned: operating with the web application");
                return;
            }

            // A new grant: refusals of the old one say nothing about it.
            _refusals.Forget();

            // A fresh policy: the old one may have stopped (revoked, halted); slot episodes come back from flash.
            _policy = NewPolicy();
            _log.Info(wasProvisioned ? "provisioned again: replenishment restarted with the new tokens" : "provisioned: replenishment started");
        }

        private void BackToProvisioning(DateTime now)
        {
            _provisioned = false;
            _policy = null;
            _log.Warn("the grant is gone (revoked or deregistered): back to provisioning; slot episodes kept on flash");
            _session.Open(now);
        }

        private void Connect(DateTime now)
        {
            if (!_connectGate.IsOpen(now))
            {
                return;
            }

            bool joined = false;
            bool synced = false;
            try
            {
                joined = _ports.WifiLink.Reconnect();
                synced = joined && _ports.TimeSync.Synchronize();
            }
            catch (Exception e)
            {
                _log.Error("connecting failed: " + e.Message);
            }

            if (joined && synced)
            {
                _connectGate.RecordSuccess();
                _online = true;
                _log.Info("online: Wi-Fi joined and clock synchronised");
                if (_webApp != null)
                {
                    _webApp.Policy.OnJoined();
                }

                return;
            }

            DateTime next = _connectGate.RecordFailure(now);
            _log.Warn((joined ? "time sync failed" : "the stored Wi-Fi network could not be joined") + " (" + _connectGate.FailureCount + " time(s)): next attempt not before " + IsoUtcDate.Format(next));
        }

        private void BootWebApp(DateTime now)
        {
            if (!_webApp.IsProvisionedOnFlash())
            {
                _log.Info("boot: not provisioned (web-app flow): opening the provisioning window for Wi-Fi");
                _session.Open(now);
                return;
            }

            _provisioned = true;
            _webApp.StartOperating();
            _log.Info("boot: provisioned (web-app flow, " + _config.CloudUrl + "): joining the stored Wi-Fi network");
        }

        private void EraseWebAppCredentials()
        {
            _log.Info("factory reset (web-app flow): the user removes the device on the web application");
            try
            {
                _webApp.EraseCredentials();
            }
            finally
            {
                _ports.WifiLink.ForgetCredentials();
                _provisioned = false;
                _online = false;
                _halted = false;
                _log.Info("factory reset: provisioned marker erased, Wi-Fi credentials forgotten; episode numbers kept");
            }
        }

        private ReplenishmentPolicy NewPolicy()
        {
            return new ReplenishmentPolicy(_slots, _ports.Sensor, _drs, _episodes, _ports.Random, _log);
        }

        private static DateTime Earlier(DateTime a, DateTime b)
        {
            return a < b ? a : b;
        }
    }
}
