using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>The JSON of a replenish answer: outcome, and orderId / retryAfterSeconds only when they apply.</summary>
/// <param name="Outcome">placed, test_order, in_progress, sign_in or retry_later.</param>
/// <param name="OrderId">The DRS event instance ID.</param>
/// <param name="RetryAfterSeconds">When to ask again.</param>
public sealed record ReplenishAnswer(
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("orderId")] string? OrderId,
    [property: JsonPropertyName("retryAfterSeconds")] int? RetryAfterSeconds)
{
    /// <summary>Leaves null members out.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
