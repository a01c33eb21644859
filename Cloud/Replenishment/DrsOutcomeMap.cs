using DeviceFirmware.Cloud.Drs;

namespace DeviceFirmware.Cloud.Replenishment;

/// <summary>Maps a DRS replenish answer to the device's outcome (docs/device-api.md), with a line for the page.</summary>
public static class DrsOutcomeMap
{
    /// <summary>The final outcome of a 200 answer, or null when its detail code is unknown.</summary>
    public static string? FinalOutcome(DrsAnswer answer)
    {
        return answer.DetailCode switch
        {
            "STANDARD_ORDER_PLACED" => ReplenishOutcome.Placed,
            "TEST_ORDER_PLACED" => ReplenishOutcome.TestOrder,
            "ORDER_INPROGRESS" => ReplenishOutcome.InProgress,
            _ => null,
        };
    }

    /// <summary>The retry outcome of an answer that placed nothing and that a new sign-in would not fix.</summary>
    public static ReplenishOutcome Transient(DrsAnswer answer)
    {
        return answer.Kind switch
        {
            // The user must act on Amazon (choose a product) or the maker on the slot: asking every minute helps nobody.
            DrsAnswerKind.Unsubscribed or DrsAnswerKind.UnknownSlot => ReplenishOutcome.Later(3600),
            DrsAnswerKind.RateLimited => ReplenishOutcome.Later(answer.RetryAfterSeconds ?? 60),
            _ => ReplenishOutcome.Later(60),
        };
    }
}
