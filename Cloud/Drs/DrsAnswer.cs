namespace DeviceFirmware.Cloud.Drs;

/// <summary>A classified DRS answer.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="DetailCode">Replenish: STANDARD_ORDER_PLACED, TEST_ORDER_PLACED or ORDER_INPROGRESS.</param>
/// <param name="EventInstanceId">Replenish: the order's event instance ID, when given.</param>
/// <param name="RetryAfterSeconds">For <see cref="DrsAnswerKind.RateLimited"/>: DRS's Retry-After, or null.</param>
/// <param name="Description">A short, secret-free description for the page.</param>
public sealed record DrsAnswer(DrsAnswerKind Kind, string? DetailCode = null, string? EventInstanceId = null, int? RetryAfterSeconds = null, string? Description = null);
