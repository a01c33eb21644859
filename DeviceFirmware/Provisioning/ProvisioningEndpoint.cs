using System;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Time;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// The GATT-facing half of provisioning: answers reads from the current values and takes writes
    /// (frames) on the BLE stack's thread, at once, under one lock. It reassembles and checks
    /// messages, keeps the values and a pending command; it never joins Wi-Fi, touches the network
    /// or flash: <see cref="ProvisioningSession"/> does that from the main loop, through the
    /// main-loop methods below. A refused write changes nothing but the last-error byte.
    /// </summary>
    public sealed class ProvisioningEndpoint : IGattRequestHandler
    {
        /// <summary>Longest pause between two frames of one message before the partial message is dropped.</summary>
        public static readonly TimeSpan MessageTimeout = new TimeSpan(0, 0, 30);

        private readonly object _sync = new object();
        private readonly GattServiceTable _table;
        private readonly byte[] _info;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly MessageAssembler[] _assemblers;
        private readonly CollectedFields _fields = new CollectedFields();

        private ProvisioningState _state = ProvisioningState.Closed;
        private byte _lastError;
        private byte _attempt;
        private byte[] _challenge = ReadableValues.NoChallenge();
        private DateTime _deadline;
        private byte _pendingCommand;
        private bool _webAppFlow;

        /// <summary>Creates the endpoint, closed.</summary>
        /// <param name="table">The provisioning table (<see cref="ProvisioningTable"/>).</param>
        /// <param name="info">The info value (<see cref="ReadableValues.Info"/>).</param>
        /// <param name="clock">Time source for message timeouts and the seconds left.</param>
        /// <param name="log">Where accepted values (by length only) and refusals are reported.</param>
        public ProvisioningEndpoint(GattServiceTable table, byte[] info, IClock clock, ILog log)
        {
            if (table == null || table.Count != CharacteristicIndex.Count)
            {
                throw new ArgumentException("the endpoint serves the provisioning table", "table");
            }

            if (info == null)
            {
                throw new ArgumentNullException("info");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _table = table;
            _info = info;
            _clock = clock;
            _log = log;
            _assemblers = new MessageAssembler[CharacteristicIndex.Count];
            for (int i = 0; i < CharacteristicIndex.Count; i++)
            {
                if (CharacteristicIndex.IsFramed(i))
                {
                    _assemblers[i] = new MessageAssembler(FieldLimits.MaxLengthOf(i));
                }
            }
        }

        /// <summary>
        /// True in the web-app flow: writes to the authorization code, redirect URI and client ID are refused with
        /// NOT_IN_THIS_FLOW and a commit needs only the SSID and the password. Set once, before the window opens.
        /// </summary>
        public bool WebAppFlow
        {
            get
            {
                lock (_sync)
                {
                    return _webAppFlow;
                }
            }

            set
            {
                lock (_sync)
                {
                    _webAppFlow = value;
                }
            }
        }

        /// <summary>The service this endpoint serves.</summary>
        public GattServiceTable Table
        {
            get { return _table; }
        }

        /// <summary>The current state.</summary>
        public ProvisioningState State
        {
            get
            {
                lock (_sync)
                {
                    return _state;
                }
            }
        }

        /// <inheritdoc />
        public byte[] OnRead(int characteristicIndex)
        {
            lock (_sync)
            {
                switch (characteristicIndex)
                {
                    case CharacteristicIndex.Info:
                        return Copy(_info);
                    case CharacteristicIndex.Challenge:
                        return Copy(_challenge);
                    case CharacteristicIndex.Status:
                        return StatusLocked(_clock.UtcNow).ToBytes();
                    default:
                        return new byte[0];
                }
            }
        }

        /// <inheritdoc />
        public byte OnWrite(int characteristicIndex, byte[] value, GattLink link)
        {
            if (value == null)
            {
                value = new byte[0];
            }

            if (link == null)
            {
                link = new GattLink(false, false, GattLink.MinimumMtu);
            }

            lock (_sync)
            {
                byte error = WriteLocked(characteristicIndex, value, link);
                if (ProvisioningErrors.IsProtocolError(error))
                {
                    _lastError = error;
                    _log.Warn("provisioning: write to " + CharacteristicIndex.NameOf(characteristicIndex) + " refused: " + ProvisioningErrors.NameOf(error));
                }

                return error;
            }
        }

        /// <inheritdoc />
        public void OnDisconnected()
        {
            lock (_sync)
            {
                DiscardMessagesLocked();
            }
        }

        /// <summary>The status as a client reads it now.</summary>
        /// <param name="now">Current time.</param>
        /// <returns>The status.</returns>
        public StatusValue Status(DateTime now)
        {
            lock (_sync)
            {
                return StatusLocked(now);
            }
        }

        /// <summary>Takes the command a client sent since the last call (main loop).</summary>
        /// <returns>A <see cref="CommandCode"/>, or <see cref="CommandCode.None"/>.</returns>
        public byte TakeCommand()
        {
            lock (_sync)
            {
                byte command = _pendingCommand;
                _pendingCommand = CommandCode.None;
                return command;
            }
        }

        /// <summary>Copies of the five values, taken when a commit was accepted (main loop).</summary>
        /// <returns>The values; the caller wipes them.</returns>
        public CommitValues CopyValues()
        {
            lock (_sync)
            {
                return new CommitValues(
                    _fields.CopyOf(CharacteristicIndex.WifiSsid),
                    _fields.CopyOf(CharacteristicIndex.WifiPassword),
                    _fields.CopyOf(CharacteristicIndex.AuthorizationCode),
                    _fields.CopyOf(CharacteristicIndex.RedirectUri),
                    _fields.CopyOf(CharacteristicIndex.ClientId));
            }
        }

        /// <summary>Publishes a new attempt or a closed window (main loop).</summary>
        /// <param name="state">The state.</param>
        /// <param name="lastError">The last error.</param>
        /// <param name="attempt">The attempt number (0: none).</param>
        /// <param name="challenge">The challenge value (<see cref="ReadableValues"/>).</param>
        /// <param name="deadline">When the window closes.</param>
        public void Publish(ProvisioningState state, byte lastError, byte attempt, byte[] challenge, DateTime deadline)
        {
            lock (_sync)
            {
                _state = state;
                _lastError = lastError;
                _attempt = attempt;
                _challenge = challenge;
                _deadline = deadline;
                _pendingCommand = CommandCode.None;
            }
        }

        /// <summary>Sets the state and last error (main loop).</summary>
        /// <param name="state">The state.</param>
        /// <param name="lastError">The last error.</param>
        public void SetState(ProvisioningState state, byte lastError)
        {
            lock (_sync)
            {
                _state = state;
                _lastError = lastError;
            }
        }

        /// <summary>Changes only the last-error byte of the status (main loop), e.g. a problem of the operating device.</summary>
        /// <param name="lastError">A <see cref="ProvisioningErrors"/> code.</param>
        public void SetLastError(byte lastError)
        {
            lock (_sync)
            {
                _lastError = lastError;
            }
        }

        /// <summary>Moves the window's closing time (main loop).</summary>
        /// <param name="deadline">When the window closes.</param>
        public void SetDeadline(DateTime deadline)
        {
            lock (_sync)
            {
                _deadline = deadline;
            }
        }

        /// <summary>Forgets one value (main loop), e.g. a spent authorization code.</summary>
        /// <param name="characteristicIndex">One of the five fields.</param>
        public void ClearValue(int characteristicIndex)
        {
            lock (_sync)
            {
                _fields.Clear(characteristicIndex);
            }
        }

        /// <summary>Forgets every value and partial message (main loop).</summary>
        public void ClearAll()
        {
            lock (_sync)
            {
                _fields.ClearAll();
                DiscardMessagesLocked();
            }
        }

        /// <summary>Drops partial messages idle for longer than <see cref="MessageTimeout"/> (main loop).</summary>
        /// <param name="now">Current time.</param>
        public void ExpireStaleMessages(DateTime now)
        {
            lock (_sync)
            {
                for (int i = 0; i < _assemblers.Length; i++)
                {
                    if (_assemblers[i] != null && _assemblers[i].ExpireIfIdle(now, MessageTimeout))
                    {
                        _log.Warn("provisioning: partial message on " + CharacteristicIndex.NameOf(i) + " expired after " + MessageTimeout.Ticks / TimeSpan.TicksPerSecond + " s");
                    }
                }
            }
        }

        private byte WriteLocked(int index, byte[] value, GattLink link)
        {
            if (index < 0 || index >= _table.Count || !_table.At(index).IsWritable || !CharacteristicIndex.IsFramed(index))
            {
                return AttError.WriteNotPermitted;
            }

            if (_webAppFlow && (index == CharacteristicIndex.AuthorizationCode || index == CharacteristicIndex.RedirectUri || index == CharacteristicIndex.ClientId))
            {
                // The web application logs in with Amazon, not the app: a value here is a companion app that misread Info.
                return ProvisioningErrors.NotInThisFlow;
            }

            if (_state == ProvisioningState.Closed || _state == ProvisioningState.Provisioned)
            {
                return ProvisioningErrors.NotAccepting;
            }

            // Also checked by the BLE stack; checked again because a stack that ignores protection levels would let secrets in.
            if (!link.Meets(_table.At(index).WriteProtection))
            {
                return link.IsEncrypted ? ProvisioningErrors.AuthenticationRequired : ProvisioningErrors.EncryptionRequired;
            }

            if (_state != ProvisioningState.WaitingForInput)
            {
                return ProvisioningErrors.Busy;
            }

            MessageAssembler assembler = _assemblers[index];
            byte error = assembler.Accept(value, _clock.UtcNow);
            if (error != ProvisioningErrors.None)
            {
                return error;
            }

            byte[] message = assembler.TakeCompleted();
            if (message == null)
            {
                return ProvisioningErrors.None;
            }

            if (index == CharacteristicIndex.Command)
            {
                error = AcceptCommandLocked(message);
                Array.Clear(message, 0, message.Length);
                return error;
            }

            return AcceptValueLocked(index, message);
        }

        private byte AcceptValueLocked(int index, byte[] message)
        {
            byte error = FieldRules.Check(index, message);
            if (error != ProvisioningErrors.None)
            {
                Array.Clear(message, 0, message.Length);
                return error;
            }

            _fields.Set(index, message);
            _log.Info("provisioning: " + CharacteristicIndex.NameOf(index) + " received (" + message.Length + " bytes)");
            return ProvisioningErrors.None;
        }

        private byte AcceptCommandLocked(byte[] message)
        {
            byte code = message[0];
            switch (code)
            {
                case CommandCode.Commit:
                    if (message.Length != 2)
                    {
                        return ProvisioningErrors.ValueInvalid;
                    }

                    if (_webAppFlow ? !_fields.HasWifi : !_fields.HasAll)
                    {
                        return ProvisioningErrors.FieldsMissing;
                    }

                    if (message[1] != _attempt)
                    {
                        return ProvisioningErrors.StaleChallenge;
                    }

                    _state = ProvisioningState.JoiningWifi;
                    break;
                case CommandCode.StartOver:
                case CommandCode.FactoryReset:
                    if (message.Length != 1)
                    {
                        return ProvisioningErrors.ValueInvalid;
                    }

                    _state = ProvisioningState.Resetting;
                    break;
                default:
                    return ProvisioningErrors.UnknownCommand;
            }

            _pendingCommand = code;
            _lastError = ProvisioningErrors.None;
            _log.Info("provisioning: " + CommandCode.NameOf(code) + " accepted");
            return ProvisioningErrors.None;
        }

        private StatusValue StatusLocked(DateTime now)
        {
            int secondsLeft = 0;
            if (_state != ProvisioningState.Closed && _deadline > now)
            {
                secondsLeft = (int)((_deadline - now).Ticks / TimeSpan.TicksPerSecond);
            }

            return new StatusValue(_state, _lastError, _attempt, _fields.Mask, secondsLeft);
        }

        private void DiscardMessagesLocked()
        {
            for (int i = 0; i < _assemblers.Length; i++)
            {
                if (_assemblers[i] != null)
                {
                    _assemblers[i].Discard();
                }
            }
        }

        private static byte[] Copy(byte[] value)
        {
            byte[] copy = new byte[value.Length];
            Array.Copy(value, copy, value.Length);
            return copy;
        }
    }
}
