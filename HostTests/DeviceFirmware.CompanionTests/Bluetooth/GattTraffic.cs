using System.Collections.Generic;

namespace DeviceFirmware.CompanionTests.Bluetooth
{
    /// <summary>What the page asked of the peripheral, as the browser delivered it (one entry per Web Bluetooth operation).</summary>
    public sealed class GattTraffic
    {
        private readonly List<string> _log = new List<string>();

        /// <summary>Connections (gatt.connect()).</summary>
        public int Connections { get; internal set; }

        /// <summary>Characteristic reads (readValue()).</summary>
        public int Reads { get; internal set; }

        /// <summary>Characteristic writes (writeValue*()).</summary>
        public int Writes { get; internal set; }

        /// <summary>Writes the page made without response (the protocol offers none; always 0 for a correct page).</summary>
        public int WritesWithoutResponse { get; internal set; }

        /// <summary>Subscriptions to notifications (startNotifications()).</summary>
        public int Subscriptions { get; internal set; }

        /// <summary>The longest value the page wrote in one operation.</summary>
        public int LongestWrite { get; internal set; }

        /// <summary>Pairings the operating system made after an Insufficient Encryption / Authentication answer.</summary>
        public int Pairings { get; internal set; }

        /// <summary>Times the operating system asked the user for the passkey.</summary>
        public int PasskeyPrompts { get; internal set; }

        /// <summary>All operations (reads, writes, subscriptions) of the page.</summary>
        public int Total => Reads + Writes + Subscriptions;

        /// <summary>"read Status", "write Wi-Fi SSID 20 B -> 0x00", ... in order.</summary>
        public IReadOnlyList<string> Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToArray();
                }
            }
        }

        internal void Add(string line)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }
}
