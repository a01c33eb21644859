using System;

namespace DeviceFirmware.Provisioning
{
    /// <summary>What a GATT client may do with a characteristic (the properties of Bluetooth Core Vol 3 Part G 3.3.1.1 this protocol uses).</summary>
    [Flags]
    public enum GattAccess
    {
        /// <summary>No access.</summary>
        None = 0,

        /// <summary>ATT Read Request and Read Blob Request (long reads).</summary>
        Read = 1,

        /// <summary>ATT Write Request (write with response): the only write the protocol uses, so every frame gets a result.</summary>
        Write = 2,

        /// <summary>Handle Value Notification to clients that enabled it in the CCCD.</summary>
        Notify = 4,
    }
}
