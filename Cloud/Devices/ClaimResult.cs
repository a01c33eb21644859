namespace DeviceFirmware.Cloud.Devices;

/// <summary>How registering a device with its claim code ended.</summary>
public enum ClaimResult
{
    /// <summary>The device is now the account's (or already was).</summary>
    Registered,

    /// <summary>Serial or claim code wrong (one answer for both: serials cannot be probed).</summary>
    Wrong,

    /// <summary>Another account holds the device: its owner must remove it first.</summary>
    OwnedByAnother,
}
