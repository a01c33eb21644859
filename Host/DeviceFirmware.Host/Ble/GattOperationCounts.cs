namespace DeviceFirmware.Host.Ble
{
    /// <summary>ATT operations one client connection performed or received, as a radio would carry them.</summary>
    public sealed class GattOperationCounts
    {
        /// <summary>Read Requests and Read Blob Requests sent.</summary>
        public int Reads { get; internal set; }

        /// <summary>Write Requests sent (frames and CCCD writes).</summary>
        public int Writes { get; internal set; }

        /// <summary>Handle Value Notifications received.</summary>
        public int Notifications { get; internal set; }

        /// <summary>All of them.</summary>
        public int Total => Reads + Writes + Notifications;

        /// <summary>For test output.</summary>
        public override string ToString() => $"{Total} ATT operations ({Reads} reads, {Writes} writes, {Notifications} notifications)";
    }
}
