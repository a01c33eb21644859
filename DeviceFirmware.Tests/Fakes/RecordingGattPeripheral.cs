using System;
using System.Collections;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A GATT peripheral that records what the logic asks of it; tests call the registered handler directly.</summary>
    public sealed class RecordingGattPeripheral : IGattPeripheral
    {
        private readonly ArrayList _notifications = new ArrayList();
        private readonly CallTrace _trace;

        /// <summary>Creates a peripheral with its own trace.</summary>
        public RecordingGattPeripheral()
            : this(new CallTrace())
        {
        }

        /// <summary>Creates a peripheral that records its calls (not notifications) in a trace shared with other fakes.</summary>
        /// <param name="trace">Where Register, StartAdvertising, StopAdvertising and StopServer calls are recorded in order.</param>
        public RecordingGattPeripheral(CallTrace trace)
        {
            _trace = trace;
        }

        /// <summary>The calls in order (shared with other fakes when given).</summary>
        public CallTrace Trace
        {
            get { return _trace; }
        }

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

        /// <summary>Number of StopServer calls.</summary>
        public int ServerStopCount { get; private set; }

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
            _trace.Add("Register");
        }

        /// <summary>How many coming StartAdvertising calls throw (as a BLE stack that cannot start) before one works.</summary>
        public int StartFailures { get; set; }

        /// <inheritdoc />
        public void StartAdvertising(string deviceName)
        {
            if (StartFailures > 0)
            {
                StartFailures--;
                _trace.Add("StartAdvertisingFailed");
                throw new InvalidOperationException("BLE stack did not start");
            }

            IsAdvertising = true;
            AdvertisedName = deviceName;
            StartCount++;
            _trace.Add("StartAdvertising");
        }

        /// <inheritdoc />
        public void StopAdvertising()
        {
            IsAdvertising = false;
            StopCount++;
            _trace.Add("StopAdvertising");
        }

        /// <inheritdoc />
        public void StopServer()
        {
            IsAdvertising = false;
            ServerStopCount++;
            _trace.Add("StopServer");
        }

        /// <inheritdoc />
        public void Notify(int characteristicIndex, byte[] value)
        {
            _notifications.Add(value);
        }
    }
}
