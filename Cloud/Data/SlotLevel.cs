namespace DeviceFirmware.Cloud.Data;

/// <summary>The last level a device reported for one of its slots.</summary>
public sealed class SlotLevel
{
    /// <summary>The device.</summary>
    public long DeviceId { get; set; }

    /// <summary>The DRS slot ID.</summary>
    public string SlotId { get; set; } = "";

    /// <summary>0..100.</summary>
    public double Percent { get; set; }

    /// <summary>When it was reported (Unix milliseconds).</summary>
    public long ReportedAtMs { get; set; }
}
