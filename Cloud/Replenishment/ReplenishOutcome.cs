namespace DeviceFirmware.Cloud.Replenishment;

/// <summary>The answer to a device's replenish request (docs/device-api.md).</summary>
/// <param name="Outcome">placed, test_order, in_progress, sign_in or retry_later.</param>
/// <param name="OrderId">The DRS event instance ID for the final outcomes, when DRS gave one.</param>
/// <param name="RetryAfterSeconds">For sign_in and retry_later: when the device asks again.</param>
public sealed record ReplenishOutcome(string Outcome, string? OrderId, int? RetryAfterSeconds)
{
    /// <summary>placed.</summary>
    public const string Placed = "placed";

    /// <summary>test_order.</summary>
    public const string TestOrder = "test_order";

    /// <summary>in_progress.</summary>
    public const string InProgress = "in_progress";

    /// <summary>sign_in.</summary>
    public const string SignIn = "sign_in";

    /// <summary>retry_later.</summary>
    public const string RetryLater = "retry_later";

    /// <summary>The user must sign in with Amazon again: asked again in 15 minutes.</summary>
    public static ReplenishOutcome MustSignIn() => new(SignIn, null, 900);

    /// <summary>Try again after <paramref name="seconds"/>.</summary>
    public static ReplenishOutcome Later(int seconds) => new(RetryLater, null, Math.Max(1, seconds));
}
