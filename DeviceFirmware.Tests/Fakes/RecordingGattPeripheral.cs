using System.Collections;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A GATT peripheral that records what the logic asks of it; tests call the registered handler directly.</summary>
    public sealed class RecordingGattPeripheral : IGattPeripheral
    {
        private readonly ArrayList _notifications = new ArrayList();

        /// <summary>The registered service, or null.</summary>
        public GattServiceTable Table { get; private set; }

        /// <summary>The registered handler, or null.</summary>
        public IGattRequestHandler Handler { get; private set; }

        /// <summary>Number of Register calls.</summary>
        public int RegisterCount { get; private set; }

        /// <inheritdoc />
        public bool IsAdvertising { get; private set; }

        /// <summary>The last advertised name.</summary>
        public string AdvertisedName { get; private set; }

        /// <summary>Number of StartAdvertising calls.</summary>
        public int StartCount { get; private set; }

        /// <summary>Number of StopAdvertising calls.</summary>
        public int StopCount { get; private set; }

        /// <summary>Number of notifications sent.</summary>
        public int NotificationCount
        {
            get { return _notifications.Count; }
        }

        /// <summary>The last notified value, or null.</summary>
        public byte[] LastNotification
        {
            get { return _notifications.Count == 0 ? null : (byte[])_notifications[_notifications.Count - 1]; }
        }

        /// <summary>Notification <paramref name="index"/>, oldest first.</summary>
        public byte[] NotificationAt(int index)
        {
            return (byte[])_notifications[index];
        }

        /// <inheritdoc />
        public void Register(GattServiceTable table, IGattRequestHandler handler)
        {
            Table = table;
            Handler = handler;
            RegisterCount++;
        }

        /// <inheritdoc />
        public void StartAdvertising(string deviceName)
        {
            IsAdvertising = true;
            AdvertisedName = deviceName;
            StartCount++;
        }

        /// <inheritdoc />
        public void StopAdvertising()
        {
            IsAdvertising = false;
            StopCount++;
        }

        /// <inheritdoc />
        public void Notify(int characteristicIndex, byte[] value)
        {
            _notifications.Add(value);
        }
    }
}
