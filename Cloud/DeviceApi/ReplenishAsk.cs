using System.Text.Json;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>POST /replenish: {"slot":"slot1","episode":17}.</summary>
/// <param name="Slot">The DRS slot ID.</param>
/// <param name="Episode">1..4294967295.</param>
public sealed record ReplenishAsk(string Slot, long Episode)
{
    /// <summary>The request, or null with a 400 message.</summary>
    public static ReplenishAsk? Parse(JsonElement root, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("slot", out JsonElement slot) || slot.ValueKind != JsonValueKind.String || !DeviceApiFormats.SlotId().IsMatch(slot.GetString()!))
        {
            error = "slot must be 1 to 64 characters A-Z a-z 0-9 - _";
            return null;
        }

        if (!root.TryGetProperty("episode", out JsonElement episode) || episode.ValueKind != JsonValueKind.Number
            || !episode.TryGetInt64(out long value) || value < 1 || value > uint.MaxValue)
        {
            error = "episode must be an integer from 1 to 4294967295";
            return null;
        }

        return new ReplenishAsk(slot.GetString()!, value);
    }
}
