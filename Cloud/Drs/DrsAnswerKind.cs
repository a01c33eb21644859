namespace DeviceFirmware.Cloud.Drs;

/// <summary>What a DRS call came back with, as the web application acts on it.</summary>
public enum DrsAnswerKind
{
    /// <summary>200: done (for replenish, <see cref="DrsAnswer.DetailCode"/> says which order).</summary>
    Ok,

    /// <summary>400 "Invalid token": refresh the access token and try once more.</summary>
    InvalidToken,

    /// <summary>403 (undocumented): DRS no longer knows the device: deregistered.</summary>
    Forbidden,

    /// <summary>404: the slot is unknown to DRS.</summary>
    UnknownSlot,

    /// <summary>400 "... is unsubscribed": the user has not chosen a product for the slot.</summary>
    Unsubscribed,

    /// <summary>429: slow down (<see cref="DrsAnswer.RetryAfterSeconds"/>).</summary>
    RateLimited,

    /// <summary>5xx, other 4xx, timeout, network error or unreadable answer.</summary>
    Failed,
}
