using System;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Provisioning;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// <see cref="IGattPeripheral"/> over nanoFramework.Device.Bluetooth (NimBLE). Translates only:
    /// the table becomes a GattServiceProvider, requests go to the handler and its answer back at
    /// once (the native side waits 2 s at most), pairing follows the configured passkey with LE
    /// Secure Connections. The link's encryption is tracked from pairing and session events
    /// (DevicePairing.IsPaired survives a disconnect). Needs a firmware image with BLE.
    /// </summary>
    public sealed class BleGattPeripheral : IGattPeripheral
    {
        private readonly int _passkey;
        private readonly HardwareRandomSource _radioRandom;
        private readonly ILog _log;
        private readonly object _sync = new object();

        private GattServiceProvider _provider;
        private GattServiceTable _table;
        private IGattRequestHandler _handler;
        private GattLocalCharacteristic[] _characteristics;
        private bool _advertising;
        private bool _encrypted;
        private bool _authenticated;

        /// <summary>Creates the adapter.</summary>
        /// <param name="passkey">The 6-digit passkey (0..999999), or -1 for Just Works pairing (provisioning.passkey).</param>
        /// <param name="radioRandom">The hardware RNG to arm once the radio runs, or null.</param>
        /// <param name="log">Where adapter failures are reported.</param>
        public BleGattPeripheral(int passkey, HardwareRandomSource radioRandom, ILog log)
        {
            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _passkey = passkey;
            _radioRandom = radioRandom;
            _log = log;
        }

        /// <inheritdoc />
        public bool IsAdvertising
        {
            get { return _advertising; }
        }

        /// <inheritdoc />
        public void Register(GattServiceTable table, IGattRequestHandler handler)
        {
            if (table == null)
            {
                throw new ArgumentNullException("table");
            }

            if (handler == null)
            {
                throw new ArgumentNullException("handler");
            }

            BluetoothLEServer server = BluetoothLEServer.Instance;
            DevicePairing pairing = server.Pairing;
            bool passkey = _passkey >= 0;

            // DisplayOnly makes NimBLE ask for the passkey the product shows; NoInputNoOutput is Just Works.
            pairing.IOCapabilities = passkey ? DevicePairingIOCapabilities.DisplayOnly : DevicePairingIOCapabilities.NoInputNoOutput;

            // Encryption sets NimBLE's sm_sc: LE Secure Connections, never legacy pairing.
            pairing.ProtectionLevel = passkey ? DevicePairingProtectionLevel.EncryptionAndAuthentication : DevicePairingProtectionLevel.Encryption;
            pairing.AllowBonding = true;
            pairing.PairingRequested += OnPairingRequested;
            pairing.PairingComplete += OnPairingComplete;
            server.Session.SessionStatusChanged += OnSessionStatusChanged;

            GattServiceProviderResult created = GattServiceProvider.Create(table.ServiceUuid);
            if (created.Error != BluetoothError.Success)
            {
                throw new InvalidOperationException("BLE service not created: error " + (int)created.Error);
            }

            GattLocalCharacteristic[] characteristics = new GattLocalCharacteristic[table.Count];
            for (int i = 0; i < table.Count; i++)
            {
                characteristics[i] = CreateCharacteristic(created.ServiceProvider.Service, table.At(i));
            }

            lock (_sync)
            {
                _provider = created.ServiceProvider;
                _table = table;
                _handler = handler;
                _characteristics = characteristics;
            }
        }

        /// <inheritdoc />
        public void StartAdvertising(string deviceName)
        {
            if (_provider == null)
            {
                throw new InvalidOperationException("register the service before advertising");
            }

            BluetoothLEServer.Instance.DeviceName = deviceName;
            GattServiceProviderAdvertisingParameters parameters = new GattServiceProviderAdvertisingParameters();
            parameters.IsConnectable = true;
            parameters.IsDiscoverable = true;
            _provider.StartAdvertising(parameters);
            _advertising = true;
            if (_radioRandom != null)
            {
                _radioRandom.OnRadioStarted();
            }
        }

        /// <inheritdoc />
        public void StopAdvertising()
        {
            if (_provider != null && _advertising)
            {
                _provider.StopAdvertising();
            }

            _advertising = false;
            lock (_sync)
            {
                _encrypted = false;
                _authenticated = false;
            }
        }

        /// <inheritdoc />
        public void StopServer()
        {
            // BluetoothLEServer.Stop switches the stack to NotRunning (NimBLE stopped: links end, its memory is
            // freed) and keeps the managed services; GattServiceProvider.StartAdvertising starts server mode again.
            StopAdvertising();
            BluetoothLEServer.Instance.Stop();
        }

        /// <inheritdoc />
        public void Notify(int characteristicIndex, byte[] value)
        {
            GattLocalCharacteristic characteristic = _characteristics == null ? null : _characteristics[characteristicIndex];
            if (characteristic == null || !_advertising)
            {
                return;
            }

            try
            {
                characteristic.NotifyValue(new nanoFramework.Device.Bluetooth.Buffer(value));
            }
            catch (Exception e)
            {
                // No subscriber or link gone: the status is readable anyway.
                _log.Warn("BLE notification failed: " + e.Message);
            }
        }

        private GattLocalCharacteristic CreateCharacteristic(GattLocalService service, GattCharacteristicSpec spec)
        {
            GattLocalCharacteristicParameters parameters = new GattLocalCharacteristicParameters();
            parameters.CharacteristicProperties = PropertiesOf(spec);
            parameters.ReadProtectionLevel = LevelOf(spec.ReadProtection);
            parameters.WriteProtectionLevel = LevelOf(spec.WriteProtection);
            parameters.UserDescription = spec.Description;
            GattLocalCharacteristicResult result = service.CreateCharacteristic(spec.Uuid, parameters);
            if (result.Error != BluetoothError.Success)
            {
                throw new InvalidOperationException("BLE characteristic " + spec.Description + " not created: error " + (int)result.Error);
            }

            if (spec.IsReadable)
            {
                result.Characteristic.ReadRequested += OnReadRequested;
            }

            if (spec.IsWritable)
            {
                result.Characteristic.WriteRequested += OnWriteRequested;
            }

            return result.Characteristic;
        }

        private void OnReadRequested(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            GattReadRequest request = args.GetRequest();
            byte[] value;
            try
            {
                value = _handler.OnRead(IndexOf(sender));
            }
            catch (Exception e)
            {
                _log.Error("BLE read handler failed: " + e.Message);
                value = new byte[0];
            }

            request.RespondWithValue(new nanoFramework.Device.Bluetooth.Buffer(value));
        }

        private void OnWriteRequested(GattLocalCharacteristic sender, GattWriteRequestedEventArgs args)
        {
            GattWriteRequest request = args.GetRequest();
            byte error;
            try
            {
                error = _handler.OnWrite(IndexOf(sender), BytesOf(request.Value), CurrentLink());
            }
            catch (Exception e)
            {
                _log.Error("BLE write handler failed: " + e.Message);
                error = AttError.UnlikelyError;
            }

            if (error == AttError.None)
            {
                request.Respond();
            }
            else
            {
                request.RespondWithProtocolError(error);
            }
        }

        private void OnPairingRequested(object sender, DevicePairingRequestedEventArgs args)
        {
            if (args.PairingKind == DevicePairingKinds.DisplayPin && _passkey >= 0)
            {
                // The product shows (or labels) this passkey; the user types it on the phone.
                args.Accept(_passkey);
            }
            else if (args.PairingKind == DevicePairingKinds.ConfirmOnly && _passkey < 0)
            {
                args.Accept();
            }
        }

        private void OnPairingComplete(object sender, DevicePairingEventArgs args)
        {
            DevicePairing pairing = sender as DevicePairing;
            bool paired = args.Status == DevicePairingResultStatus.Paired;
            lock (_sync)
            {
                _encrypted = paired;
                _authenticated = paired && pairing != null && pairing.IsAuthenticated;
            }
        }

        private void OnSessionStatusChanged(object sender, GattSessionStatusChangedEventArgs args)
        {
            if (args.Status != GattSessionStatus.Closed)
            {
                return;
            }

            lock (_sync)
            {
                _encrypted = false;
                _authenticated = false;
            }

            IGattRequestHandler handler = _handler;
            if (handler != null)
            {
                handler.OnDisconnected();
            }
        }

        private GattLink CurrentLink()
        {
            int mtu = BluetoothLEServer.Instance.Session.MaxMtuSize;
            lock (_sync)
            {
                return new GattLink(_encrypted, _authenticated, mtu < GattLink.MinimumMtu || mtu > GattLink.MaximumMtu ? GattLink.MinimumMtu : mtu);
            }
        }

        private int IndexOf(GattLocalCharacteristic characteristic)
        {
            for (int i = 0; i < _characteristics.Length; i++)
            {
                if (_characteristics[i] == characteristic)
                {
                    return i;
                }
            }

            return -1;
        }

        private static byte[] BytesOf(nanoFramework.Device.Bluetooth.Buffer buffer)
        {
            DataReader reader = DataReader.FromBuffer(buffer);
            byte[] bytes = new byte[reader.UnconsumedBufferLength];
            if (bytes.Length > 0)
            {
                reader.ReadBytes(bytes);
            }

            return bytes;
        }

        private static GattCharacteristicProperties PropertiesOf(GattCharacteristicSpec spec)
        {
            GattCharacteristicProperties properties = GattCharacteristicProperties.None;
            if (spec.IsReadable)
            {
                properties |= GattCharacteristicProperties.Read;
            }

            if (spec.IsWritable)
            {
                properties |= GattCharacteristicProperties.Write;
            }

            if (spec.IsNotifiable)
            {
                properties |= GattCharacteristicProperties.Notify;
            }

            return properties;
        }

        private static GattProtectionLevel LevelOf(LinkProtection protection)
        {
            switch (protection)
            {
                case LinkProtection.Encrypted:
                    return GattProtectionLevel.EncryptionRequired;
                case LinkProtection.EncryptedAndAuthenticated:
                    return GattProtectionLevel.EncryptionAndAuthenticationRequired;
                default:
                    return GattProtectionLevel.Plain;
            }
        }
    }
}
