using System;
using System.Collections.Generic;
using System.Text;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Host.Ble
{
    /// <summary>
    /// A GATT peripheral in memory: the host's <see cref="IGattPeripheral"/>. It behaves like the
    /// NimBLE stack under nanoFramework where the protocol depends on it: clients connect only while
    /// it advertises; reads are served from the handler's whole value at an offset (Read Blob); a
    /// write longer than MTU - 3 cannot be sent; write-protected characteristics answer Insufficient
    /// Encryption (0x0F) or Insufficient Authentication (0x05) before the handler sees the write
    /// (unless built to emulate a stack that ignores protection levels); notifications are cut to
    /// MTU - 3. Connections stay open when advertising stops, the harder case for the protocol;
    /// <see cref="StopServer"/> drops them, as stopping NimBLE does.
    /// </summary>
    public sealed class InMemoryGattPeripheral : IGattPeripheral
    {
        /// <summary>A legacy advertising packet (Bluetooth Core Vol 6 Part B 2.3.1.1).</summary>
        public const int MaxAdvertisingPayload = 31;

        private readonly object _sync = new object();
        private readonly bool _enforceProtection;
        private readonly List<InMemoryGattConnection> _connections = new List<InMemoryGattConnection>();
        private GattServiceTable _table;
        private IGattRequestHandler _handler;

        /// <summary>Creates a peripheral.</summary>
        /// <param name="enforceProtection">False to emulate a stack that ignores characteristic protection levels.</param>
        public InMemoryGattPeripheral(bool enforceProtection = true)
        {
            _enforceProtection = enforceProtection;
        }

        /// <inheritdoc />
        public bool IsAdvertising { get; private set; }

        /// <summary>The name being advertised (or last advertised).</summary>
        public string AdvertisedName { get; private set; }

        /// <summary>How many times advertising started.</summary>
        public int AdvertisingStarts { get; private set; }

        /// <summary>How many times the server was stopped (<see cref="StopServer"/>).</summary>
        public int ServerStops { get; private set; }

        /// <summary>Clients connected now.</summary>
        public int ConnectionCount
        {
            get
            {
                lock (_sync)
                {
                    return _connections.Count;
                }
            }
        }

        /// <summary>The registered service, or null.</summary>
        public GattServiceTable Table => _table;

        /// <inheritdoc />
        public void Register(GattServiceTable table, IGattRequestHandler handler)
        {
            lock (_sync)
            {
                if (_table != null)
                {
                    throw new InvalidOperationException("a service is registered already");
                }

                _table = table ?? throw new ArgumentNullException(nameof(table));
                _handler = handler ?? throw new ArgumentNullException(nameof(handler));
            }
        }

        /// <inheritdoc />
        public void StartAdvertising(string deviceName)
        {
            lock (_sync)
            {
                if (_table == null)
                {
                    throw new InvalidOperationException("register the service before advertising");
                }

                IsAdvertising = true;
                AdvertisedName = deviceName;
                AdvertisingStarts++;
            }
        }

        /// <inheritdoc />
        public void StopAdvertising()
        {
            lock (_sync)
            {
                IsAdvertising = false;
            }
        }

        /// <inheritdoc />
        public void StopServer()
        {
            InMemoryGattConnection[] connections;
            lock (_sync)
            {
                IsAdvertising = false;
                ServerStops++;
                connections = _connections.ToArray();
            }

            // The stack going down ends every link; each client sees a disconnect, the handler one per link.
            foreach (InMemoryGattConnection connection in connections)
            {
                connection.Disconnect();
            }
        }

        /// <inheritdoc />
        public void Notify(int characteristicIndex, byte[] value)
        {
            InMemoryGattConnection[] connections;
            lock (_sync)
            {
                connections = _connections.ToArray();
            }

            foreach (InMemoryGattConnection connection in connections)
            {
                connection.Deliver(characteristicIndex, value);
            }
        }

        /// <summary>
        /// Bytes of the legacy advertisement nanoFramework builds for a name: flags (3), complete
        /// local name (2 + n) and the complete list of one 128-bit service UUID (2 + 16).
        /// </summary>
        public static int AdvertisingPayloadLength(string deviceName) => 3 + 2 + Encoding.UTF8.GetByteCount(deviceName) + 2 + 16;

        /// <summary>A client connects (scans, finds the service UUID, connects and exchanges the MTU).</summary>
        /// <param name="mtu">The negotiated ATT MTU, 23..517.</param>
        /// <param name="encrypted">True when the link is encrypted (paired, or bonded earlier).</param>
        /// <param name="authenticated">True when that pairing used the passkey.</param>
        /// <returns>The client's connection.</returns>
        /// <exception cref="InvalidOperationException">The device is not advertising: nothing to connect to.</exception>
        public InMemoryGattConnection Connect(int mtu, bool encrypted, bool authenticated = false)
        {
            if (mtu < GattLink.MinimumMtu || mtu > GattLink.MaximumMtu)
            {
                throw new ArgumentOutOfRangeException(nameof(mtu), "the ATT MTU is 23..517");
            }

            lock (_sync)
            {
                if (!IsAdvertising)
                {
                    throw new InvalidOperationException("the device is not advertising: no provisioning service to connect to");
                }

                var connection = new InMemoryGattConnection(this, mtu, encrypted, authenticated);
                _connections.Add(connection);
                return connection;
            }
        }

        internal byte Read(InMemoryGattConnection connection, Guid uuid, int offset, out byte[] value)
        {
            value = Array.Empty<byte>();
            int index = IndexOf(uuid);
            GattCharacteristicSpec spec = _table.At(index);
            if (!spec.IsReadable)
            {
                return AttError.ReadNotPermitted;
            }

            byte refused = Refusal(connection, spec.ReadProtection);
            if (refused != AttError.None)
            {
                return refused;
            }

            byte[] whole = _handler.OnRead(index) ?? Array.Empty<byte>();
            if (offset > whole.Length)
            {
                return AttError.InvalidOffset;
            }

            int length = Math.Min(whole.Length - offset, connection.Mtu - 1);
            value = new byte[length];
            Array.Copy(whole, offset, value, 0, length);
            return AttError.None;
        }

        internal byte Write(InMemoryGattConnection connection, Guid uuid, byte[] value)
        {
            int index = IndexOf(uuid);
            GattCharacteristicSpec spec = _table.At(index);
            if (!spec.IsWritable)
            {
                return AttError.WriteNotPermitted;
            }

            byte refused = Refusal(connection, spec.WriteProtection);
            if (refused != AttError.None)
            {
                return refused;
            }

            return _handler.OnWrite(index, (byte[])value.Clone(), new GattLink(connection.IsEncrypted, connection.IsAuthenticated, connection.Mtu));
        }

        internal int IndexOf(Guid uuid)
        {
            int index = _table?.IndexOf(uuid) ?? -1;
            if (index < 0)
            {
                throw new ArgumentException($"no characteristic {uuid} in the service", nameof(uuid));
            }

            return index;
        }

        internal GattCharacteristicSpec SpecOf(Guid uuid) => _table.At(IndexOf(uuid));

        internal void Disconnected(InMemoryGattConnection connection)
        {
            lock (_sync)
            {
                _connections.Remove(connection);
            }

            _handler?.OnDisconnected();
        }

        private byte Refusal(InMemoryGattConnection connection, LinkProtection required)
        {
            if (!_enforceProtection || required == LinkProtection.Plain)
            {
                return AttError.None;
            }

            if (!connection.IsEncrypted)
            {
                return AttError.InsufficientEncryption;
            }

            return required == LinkProtection.EncryptedAndAuthenticated && !connection.IsAuthenticated ? AttError.InsufficientAuthentication : AttError.None;
        }
    }
}
