using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Time;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The provisioning window and what follows a commit, driven by the main loop with
    /// <see cref="Tick"/>: one step per call (join Wi-Fi, sync time, exchange the code), each of
    /// which may block; never from a BLE callback. Opens on <see cref="Open"/> (unprovisioned boot)
    /// or a long press of the button; closes when its time runs out or after success. The PKCE
    /// verifier lives here only: a new one for every attempt, wiped after success or when the window closes.
    /// </summary>
    public sealed class ProvisioningSession
    {
        /// <summary>How long the window stays open after success, so the app can read the final status.</summary>
        public static readonly TimeSpan ProvisionedLinger = new TimeSpan(0, 0, 10);

        /// <summary>
        /// How long the window stays open after success when the BLE server was stopped for the exchange
        /// (provisioning.ble_during_exchange = stop): the app must scan, reconnect and read the final status.
        /// </summary>
        public static readonly TimeSpan ReconnectLinger = new TimeSpan(0, 1, 0);

        /// <summary>After a failed attempt the window stays open at least this long, so the app can correct and retry.</summary>
        public static readonly TimeSpan FailureGrace = new TimeSpan(0, 2, 0);

        private readonly ProvisioningProfile _profile;
        private readonly ProvisioningPorts _ports;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly ProvisioningEndpoint _endpoint;
        private readonly LongPressDetector _longPress;

        private bool _registered;
        private bool _open;
        private bool _succeeded;
        private bool _serverStopped;
        private DateTime _deadline;
        private DateTime _closeAt;
        private byte _attempt;
        private CodeVerifier _verifier;
        private CommitValues _values;

        private bool _notified;
        private ProvisioningState _notifiedState;
        private byte _notifiedError;
        private byte _notifiedAttempt;

        /// <summary>Creates the session, closed.</summary>
        /// <param name="profile">Device identity and settings.</param>
        /// <param name="ports">The ports it works through.</param>
        /// <param name="clock">Time source of the GATT side (message timeouts, seconds left).</param>
        /// <param name="log">Where progress is reported; never a secret.</param>
        public ProvisioningSession(ProvisioningProfile profile, ProvisioningPorts ports, IClock clock, ILog log)
        {
            if (profile == null)
            {
                throw new ArgumentNullException("profile");
            }

            if (ports == null)
            {
                throw new ArgumentNullException("ports");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _profile = profile;
            _ports = ports;
            _clock = clock;
            _log = log;
            _endpoint = new ProvisioningEndpoint(ProvisioningTable.Build(profile.PasskeyRequired), ReadableValues.Info(profile), clock, log);
            _endpoint.WebAppFlow = profile.WebAppFlow;
            _longPress = ports.Button == null ? null : new LongPressDetector(profile.LongPress);
        }

        /// <summary>The GATT side (registered with the peripheral when the window first opens).</summary>
        public ProvisioningEndpoint Endpoint
        {
            get { return _endpoint; }
        }

        /// <summary>True while the window is open (advertising, accepting).</summary>
        public bool IsOpen
        {
            get { return _open; }
        }

        /// <summary>True once an attempt stored tokens; stays true until the window opens again.</summary>
        public bool HasSucceeded
        {
            get { return _succeeded; }
        }

        /// <summary>When the window closes unless something moves it.</summary>
        public DateTime Deadline
        {
            get { return _deadline; }
        }

        /// <summary>Opens the window (unprovisioned boot); when it is open already, restarts its time.</summary>
        /// <param name="now">Current time.</param>
        public void Open(DateTime now)
        {
            _deadline = now + _profile.Window;
            if (_open)
            {
                _endpoint.SetDeadline(_deadline);
                _log.Info("provisioning window extended to " + Minutes(_profile.Window) + " min from now");
                return;
            }

            if (!_registered)
            {
                _ports.Peripheral.Register(_endpoint.Table, _endpoint);
                _registered = true;
            }

            _open = true;
            _succeeded = false;
            _endpoint.ClearAll();
            _endpoint.Publish(ProvisioningState.Resetting, ProvisioningErrors.None, 0, ReadableValues.NoChallenge(), _deadline);

            // Radio first: the ESP32's RNG is truly random only while a radio runs, and the verifier comes next.
            _ports.Peripheral.StartAdvertising(_profile.DeviceName);
            _serverStopped = false;
            if (NewAttempt(now, ProvisioningErrors.None))
            {
                _log.Info("provisioning window open for " + Minutes(_profile.Window) + " min, advertising as " + _profile.DeviceName);
            }

            NotifyIfChanged(now);
        }

        /// <summary>
        /// Shows a problem of the operating device in the status's last-error byte while the window
        /// is open and waiting for input (e.g. <see cref="ProvisioningErrors.DrsRefused"/>), so the
        /// companion app can tell the user; nothing else changes. Ignored in any other state.
        /// </summary>
        /// <param name="now">Current time.</param>
        /// <param name="error">A <see cref="ProvisioningErrors"/> outcome code.</param>
        public void ReportDeviceProblem(DateTime now, byte error)
        {
            if (!_open)
            {
                return;
            }

            StatusValue status = _endpoint.Status(now);
            if (status.State != ProvisioningState.WaitingForInput || status.LastError == error)
            {
                return;
            }

            _endpoint.SetLastError(error);
            _log.Warn("provisioning status: last error " + ProvisioningErrors.NameOf(error));
            NotifyIfChanged(now);
        }

        /// <summary>Closes the window now (e.g. the product's own cancel action).</summary>
        /// <param name="now">Current time.</param>
        public void Close(DateTime now)
        {
            if (_open)
            {
                CloseWindow(now, ProvisioningErrors.None, "closed by the firmware");
            }
        }

        /// <summary>One step of the main loop: button, commands from the app, then at most one slow step.</summary>
        /// <param name="now">Current time.</param>
        public void Tick(DateTime now)
        {
            if (_longPress != null && _longPress.Update(now, _ports.Button.IsPressed))
            {
                _log.Info("provisioning button held for " + (_profile.LongPress.Ticks / TimeSpan.TicksPerSecond) + " s");
                Open(now);
            }

            if (!_open)
            {
                return;
            }

            if (_serverStopped)
            {
                // The restart after the exchange failed: the app cannot reach the outcome until it works.
                RestartServer();
            }

            _endpoint.ExpireStaleMessages(now);
            byte command = _endpoint.TakeCommand();
            if (command != CommandCode.None)
            {
                RunCommand(command, now);
            }
            else
            {
                RunStep(now);
            }

            NotifyIfChanged(now);
        }

        private void RunCommand(byte command, DateTime now)
        {
            switch (command)
            {
                case CommandCode.Commit:
                    WipeValues();
                    _values = _endpoint.CopyValues();
                    _log.Info("provisioning: attempt " + _attempt + " committed; joining Wi-Fi");
                    break;
                case CommandCode.FactoryReset:
                    try
                    {
                        _ports.FactoryReset.EraseCredentials();
                        _log.Info("provisioning: factory reset: stored credentials erased");
                    }
                    catch (Exception e)
                    {
                        _log.Error("provisioning: factory reset failed: " + e.Message);
                    }

                    _endpoint.ClearAll();
                    NewAttempt(now, ProvisioningErrors.None);
                    break;
                default:
                    _endpoint.ClearAll();
                    _log.Info("provisioning: starting over");
                    NewAttempt(now, ProvisioningErrors.None);
                    break;
            }
        }

        private void RunStep(DateTime now)
        {
            switch (_endpoint.State)
            {
                case ProvisioningState.JoiningWifi:
                    JoinWifi(now);
                    break;
                case ProvisioningState.SyncingTime:
                    SyncTime(now);
                    break;
                case ProvisioningState.ExchangingCode:
                    ExchangeCode(now);
                    break;
                case ProvisioningState.WaitingForInput:
                    if (now >= _deadline)
                    {
                        CloseWindow(now, ProvisioningErrors.WindowTimedOut, "time ran out");
                    }

                    break;
                case ProvisioningState.Provisioned:
                    if (now >= _closeAt)
                    {
                        CloseWindow(now, ProvisioningErrors.None, "provisioned");
                    }

                    break;
            }
        }

        private void JoinWifi(DateTime now)
        {
            if (_values == null)
            {
                Fail(now, ProvisioningErrors.WifiFailed);
                return;
            }

            WifiJoinResult result;
            try
            {
                result = _ports.Wifi.Join(_values.Ssid, _values.Password);
            }
            catch (Exception e)
            {
                _log.Error("provisioning: Wi-Fi join failed: " + e.Message);
                result = WifiJoinResult.Failed;
            }

            if (result == WifiJoinResult.Joined)
            {
                _log.Info("provisioning: Wi-Fi joined; synchronising time");
                _endpoint.SetState(ProvisioningState.SyncingTime, ProvisioningErrors.None);
                return;
            }

            Fail(now, ErrorOf(result));
        }

        private void SyncTime(DateTime now)
        {
            bool synced;
            try
            {
                synced = _ports.TimeSync.Synchronize();
            }
            catch (Exception e)
            {
                _log.Error("provisioning: time sync failed: " + e.Message);
                synced = false;
            }

            if (!synced)
            {
                Fail(now, ProvisioningErrors.TimeSyncFailed);
                return;
            }

            _log.Info(_profile.WebAppFlow ? "provisioning: time synchronised; contacting the web application" : "provisioning: time synchronised; exchanging the authorization code");
            _endpoint.SetState(ProvisioningState.ExchangingCode, ProvisioningErrors.None);
        }

        private void ExchangeCode(DateTime now)
        {
            if (_profile.StopBleDuringExchange)
            {
                StopServer();
            }

            CodeExchangeResult result;
            try
            {
                // The web-app flow has no code, redirect URI, client ID or verifier: the port contacts the web application.
                result = _profile.WebAppFlow
                    ? _ports.Exchange.Exchange(now, null, null, null, null)
                    : _ports.Exchange.Exchange(now, _values.Code, _values.RedirectUri, _values.ClientId, _verifier);
            }
            catch (Exception e)
            {
                _log.Error("provisioning: code exchange failed: " + e.Message);
                result = CodeExchangeResult.Failed;
            }

            // The outcome's times count from the end of the exchange: a TLS handshake takes seconds.
            DateTime ended = _clock.UtcNow;
            switch (result)
            {
                case CodeExchangeResult.Succeeded:
                    Succeed(ended);
                    break;
                case CodeExchangeResult.Unreachable:
                    // The code may not have reached LWA: keep it and the verifier so a commit can retry within the code's lifetime.
                    Fail(ended, ProvisioningErrors.LwaUnreachable);
                    break;
                case CodeExchangeResult.CodeRejected:
                    FailWithNewChallenge(ended, ProvisioningErrors.CodeRejected);
                    break;
                case CodeExchangeResult.ClientRejected:
                    FailWithNewChallenge(ended, ProvisioningErrors.ClientRejected);
                    break;
                case CodeExchangeResult.DeviceRejected:
                    // Unknown serial or wrong key: values kept, a commit again is the user's call once the maker has fixed it.
                    Fail(ended, ProvisioningErrors.DeviceRejected);
                    break;
                case CodeExchangeResult.CloudUnreachable:
                    Fail(ended, ProvisioningErrors.CloudUnreachable);
                    break;
                default:
                    if (_profile.WebAppFlow)
                    {
                        // Nothing is spent in this flow (no code): keep the values and let the app commit again.
                        Fail(ended, ProvisioningErrors.CloudUnreachable);
                    }
                    else
                    {
                        FailWithNewChallenge(ended, ProvisioningErrors.ExchangeFailed);
                    }

                    break;
            }

            // Advertise again only now, so that an app that reconnects reads the outcome, not EXCHANGING_CODE.
            if (_serverStopped && _open)
            {
                RestartServer();
            }
        }

        private void StopServer()
        {
            // Set first: a stop that throws half-way still gets a restart.
            _serverStopped = true;
            try
            {
                _ports.Peripheral.StopServer();
                _log.Info("provisioning: BLE server stopped for the code exchange (ble_during_exchange = stop)");
            }
            catch (Exception e)
            {
                _log.Warn("provisioning: BLE server not stopped: " + e.Message + "; exchanging with it running");
            }
        }

        private void RestartServer()
        {
            try
            {
                _ports.Peripheral.StartAdvertising(_profile.DeviceName);
                _serverStopped = false;
                _log.Info("provisioning: BLE server advertising again; the app reconnects to read the outcome");
            }
            catch (Exception e)
            {
                _log.Error("provisioning: BLE server not restarted: " + e.Message + "; retrying at the next step");
            }
        }

        private void Succeed(DateTime now)
        {
            WipeValues();
            WipeVerifier();
            _endpoint.ClearAll();
            _succeeded = true;
            TimeSpan linger = _profile.StopBleDuringExchange ? ReconnectLinger : ProvisionedLinger;
            _closeAt = now + linger;
            _endpoint.Publish(ProvisioningState.Provisioned, ProvisioningErrors.None, _attempt, ReadableValues.NoChallenge(), _closeAt);
            _log.Info("provisioning: provisioned; verifier wiped; window closes in " + (linger.Ticks / TimeSpan.TicksPerSecond) + " s");
        }

        private void Fail(DateTime now, byte error)
        {
            WipeValues();
            KeepOpenForRetry(now);
            _endpoint.SetState(ProvisioningState.WaitingForInput, error);
            _log.Warn("provisioning: attempt " + _attempt + " failed: " + ProvisioningErrors.NameOf(error) + "; waiting for new input");
        }

        private void FailWithNewChallenge(DateTime now, byte error)
        {
            WipeValues();
            KeepOpenForRetry(now);
            _endpoint.ClearValue(CharacteristicIndex.AuthorizationCode);
            _log.Warn("provisioning: attempt " + _attempt + " failed: " + ProvisioningErrors.NameOf(error) + "; new challenge for a new login");
            NewAttempt(now, error);
        }

        private bool NewAttempt(DateTime now, byte error)
        {
            WipeVerifier();
            if (_profile.WebAppFlow)
            {
                // No PKCE in this flow: the challenge characteristic carries the attempt only.
                _attempt = _attempt == 255 ? (byte)1 : (byte)(_attempt + 1);
                _endpoint.Publish(ProvisioningState.WaitingForInput, error, _attempt, ReadableValues.AttemptOnly(_attempt), _deadline);
                _log.Info("provisioning: attempt " + _attempt + " ready (web-app flow: Wi-Fi only)");
                return true;
            }

            try
            {
                _verifier = CodeVerifier.Generate(_ports.Random, _profile.VerifierLength);
            }
            catch (Exception e)
            {
                _log.Error("provisioning: cannot make a PKCE verifier: " + e.Message);
                CloseWindow(now, ProvisioningErrors.DeviceFault, "no verifier");
                return false;
            }

            _attempt = _attempt == 255 ? (byte)1 : (byte)(_attempt + 1);
            string challenge = _verifier.ComputeChallenge(_profile.PkceMethod);
            _endpoint.Publish(ProvisioningState.WaitingForInput, error, _attempt, ReadableValues.Challenge(_attempt, _profile.PkceMethod, challenge), _deadline);
            _log.Info("provisioning: attempt " + _attempt + " ready, verifier fp " + _verifier.Fingerprint());
            return true;
        }

        private void KeepOpenForRetry(DateTime now)
        {
            if (_deadline < now + FailureGrace)
            {
                _deadline = now + FailureGrace;
                _endpoint.SetDeadline(_deadline);
            }
        }

        private void CloseWindow(DateTime now, byte error, string reason)
        {
            WipeValues();
            WipeVerifier();
            _endpoint.ClearAll();
            _endpoint.Publish(ProvisioningState.Closed, error, 0, ReadableValues.NoChallenge(), now);
            _open = false;

            // Tell a still-connected app before the service goes away.
            NotifyIfChanged(now);
            _ports.Peripheral.StopAdvertising();
            _serverStopped = false;
            _log.Info("provisioning window closed: " + reason);
        }

        private void NotifyIfChanged(DateTime now)
        {
            StatusValue status = _endpoint.Status(now);
            if (_notified && status.State == _notifiedState && status.LastError == _notifiedError && status.Attempt == _notifiedAttempt)
            {
                return;
            }

            _notified = true;
            _notifiedState = status.State;
            _notifiedError = status.LastError;
            _notifiedAttempt = status.Attempt;
            _ports.Peripheral.Notify(CharacteristicIndex.Status, status.ToBytes());
        }

        private void WipeValues()
        {
            if (_values != null)
            {
                _values.Wipe();
                _values = null;
            }
        }

        private void WipeVerifier()
        {
            if (_verifier != null)
            {
                _verifier.Wipe();
                _verifier = null;
            }
        }

        private static byte ErrorOf(WifiJoinResult result)
        {
            switch (result)
            {
                case WifiJoinResult.WrongPassword:
                    return ProvisioningErrors.WifiWrongPassword;
                case WifiJoinResult.NetworkNotFound:
                    return ProvisioningErrors.WifiNetworkNotFound;
                case WifiJoinResult.NoIpAddress:
                    return ProvisioningErrors.WifiNoIpAddress;
                default:
                    return ProvisioningErrors.WifiFailed;
            }
        }

        private static long Minutes(TimeSpan span)
        {
            return span.Ticks / TimeSpan.TicksPerMinute;
        }
    }
}
