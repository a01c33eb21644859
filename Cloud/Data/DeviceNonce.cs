namespace DeviceFirmware.Cloud.Data;

/// <summary>A nonce a device used: the primary key (device, nonce) makes a second use fail in every instance.</summary>
public sealed class DeviceNonce
{
    /// <summary>The device.</summary>
    public long DeviceId { get; set; }

    /// <summary>The X-Nonce value.</summary>
    public string Nonce { get; set; } = "";

    /// <summary>When it was accepted (Unix milliseconds); rows older than the replay window are pruned.</summary>
    public long SeenAtMs { get; set; }
}
