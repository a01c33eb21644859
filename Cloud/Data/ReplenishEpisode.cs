namespace DeviceFirmware.Cloud.Data;

/// <summary>
/// One (device, slot, episode) a device asked to replenish: the row (unique on the three) is the idempotency
/// record. <see cref="FinalOutcome"/> once set never changes; while it is null, the lease says which request
/// may call DRS now.
/// </summary>
public sealed class ReplenishEpisode
{
    /// <summary>Primary key.</summary>
    public long Id { get; set; }

    /// <summary>The device.</summary>
    public long DeviceId { get; set; }

    /// <summary>The DRS slot ID.</summary>
    public string SlotId { get; set; } = "";

    /// <summary>The device's episode number (1..4294967295).</summary>
    public long Episode { get; set; }

    /// <summary>placed, test_order or in_progress once decided; null before.</summary>
    public string? FinalOutcome { get; set; }

    /// <summary>The DRS event instance ID of the final outcome, if DRS gave one.</summary>
    public string? OrderId { get; set; }

    /// <summary>The last non-final outcome (sign_in, retry_later) and why, for the page.</summary>
    public string? LastProblem { get; set; }

    /// <summary>How many DRS replenish calls were made for this episode.</summary>
    public int DrsCalls { get; set; }

    /// <summary>Who may call DRS now, or null.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when that lease holds (Unix milliseconds).</summary>
    public long LeaseUntilMs { get; set; }

    /// <summary>When the device first asked (Unix milliseconds).</summary>
    public long CreatedAtMs { get; set; }

    /// <summary>When it was decided or last tried (Unix milliseconds).</summary>
    public long UpdatedAtMs { get; set; }
}
