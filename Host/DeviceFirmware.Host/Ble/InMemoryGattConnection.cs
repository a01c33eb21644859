using System;
using System.Collections.Generic;
using System.IO;

namespace DeviceFirmware.Host.Ble
{
    /// <summary>
    /// A client's connection to an <see cref="InMemoryGattPeripheral"/>: the GATT client side a
    /// companion app (or the simulator) drives. Every ATT request is counted in <see cref="Counts"/>.
    /// </summary>
    public sealed class InMemoryGattConnection
    {
        private readonly InMemoryGattPeripheral _peripheral;
        private readonly HashSet<int> _subscribed = new HashSet<int>();
        private readonly List<GattNotification> _notifications = new List<GattNotification>();
        private readonly List<byte[]> _received = new List<byte[]>();

        internal InMemoryGattConnection(InMemoryGattPeripheral peripheral, int mtu, bool encrypted, bool authenticated)
        {
            _peripheral = peripheral;
            Mtu = mtu;
            IsEncrypted = encrypted;
            IsAuthenticated = encrypted && authenticated;
            IsConnected = true;
        }

        /// <summary>The negotiated ATT MTU.</summary>
        public int Mtu { get; }

        /// <summary>True when the link is encrypted.</summary>
        public bool IsEncrypted { get; private set; }

        /// <summary>True when the pairing used the passkey.</summary>
        public bool IsAuthenticated { get; private set; }

        /// <summary>False after <see cref="Disconnect"/>.</summary>
        public bool IsConnected { get; private set; }

        /// <summary>ATT operations so far.</summary>
        public GattOperationCounts Counts { get; } = new GattOperationCounts();

        /// <summary>Notifications received so far, oldest first.</summary>
        public IReadOnlyList<GattNotification> Notifications
        {
            get
            {
                lock (_notifications)
                {
                    return _notifications.ToArray();
                }
            }
        }

        /// <summary>Every value that reached the client (read answers and notifications), oldest first: what an eavesdropper on the link could see.</summary>
        public IReadOnlyList<byte[]> ReceivedValues
        {
            get
            {
                lock (_received)
                {
                    return _received.ToArray();
                }
            }
        }

        /// <summary>Pairs on this link (what a phone does after an Insufficient Encryption answer).</summary>
        /// <param name="authenticated">True when the user entered the passkey.</param>
        public void Pair(bool authenticated)
        {
            IsEncrypted = true;
            IsAuthenticated = authenticated;
        }

        /// <summary>One ATT Read (offset 0) or Read Blob Request.</summary>
        /// <param name="characteristic">Characteristic UUID.</param>
        /// <param name="offset">Value offset.</param>
        /// <param name="value">Up to MTU - 1 bytes from the offset.</param>
        /// <returns>0 or an ATT error.</returns>
        public byte ReadAt(Guid characteristic, int offset, out byte[] value)
        {
            RequireConnected();
            Counts.Reads++;
            byte error = _peripheral.Read(this, characteristic, offset, out value);
            lock (_received)
            {
                _received.Add(value);
            }

            return error;
        }

        /// <summary>A long read: Read, then Read Blob while the answer fills MTU - 1 bytes (Bluetooth Core Vol 3 Part G 4.8.3).</summary>
        /// <param name="characteristic">Characteristic UUID.</param>
        /// <returns>The whole value.</returns>
        /// <exception cref="GattException">The device answered an error.</exception>
        public byte[] Read(Guid characteristic)
        {
            var whole = new MemoryStream();
            while (true)
            {
                byte error = ReadAt(characteristic, (int)whole.Length, out byte[] part);
                if (error != 0)
                {
                    throw new GattException(error, "read of " + characteristic);
                }

                whole.Write(part, 0, part.Length);
                if (part.Length < Mtu - 1)
                {
                    return whole.ToArray();
                }
            }
        }

        /// <summary>One ATT Write Request.</summary>
        /// <param name="characteristic">Characteristic UUID.</param>
        /// <param name="value">At most MTU - 3 bytes.</param>
        /// <returns>0 or the ATT error the device answered.</returns>
        /// <exception cref="ArgumentException">The value does not fit one write at this MTU.</exception>
        public byte Write(Guid characteristic, byte[] value)
        {
            RequireConnected();
            if (value.Length > Mtu - 3)
            {
                throw new ArgumentException($"{value.Length} bytes do not fit one ATT write at MTU {Mtu}", nameof(value));
            }

            Counts.Writes++;
            return _peripheral.Write(this, characteristic, value);
        }

        /// <summary>Enables notifications: one Write Request to the characteristic's CCCD.</summary>
        /// <param name="characteristic">A notifiable characteristic.</param>
        public void Subscribe(Guid characteristic)
        {
            RequireConnected();
            if (!_peripheral.SpecOf(characteristic).IsNotifiable)
            {
                throw new ArgumentException($"{characteristic} has no CCCD", nameof(characteristic));
            }

            Counts.Writes++;
            lock (_subscribed)
            {
                _subscribed.Add(_peripheral.IndexOf(characteristic));
            }
        }

        /// <summary>Ends the connection.</summary>
        public void Disconnect()
        {
            if (!IsConnected)
            {
                return;
            }

            IsConnected = false;
            _peripheral.Disconnected(this);
        }

        internal void Deliver(int characteristicIndex, byte[] value)
        {
            lock (_subscribed)
            {
                if (!IsConnected || !_subscribed.Contains(characteristicIndex))
                {
                    return;
                }
            }

            // A notification carries at most MTU - 3 bytes of the value.
            byte[] received = new byte[Math.Min(value.Length, Mtu - 3)];
            Array.Copy(value, received, received.Length);
            lock (_notifications)
            {
                _notifications.Add(new GattNotification(characteristicIndex, received));
                Counts.Notifications++;
            }

            lock (_received)
            {
                _received.Add(received);
            }
        }

        private void RequireConnected()
        {
            if (!IsConnected)
            {
                throw new InvalidOperationException("not connected");
            }
        }
    }
}
