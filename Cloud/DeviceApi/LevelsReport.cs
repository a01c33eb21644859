using System.Text.Json;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>POST /levels: {"slots":[{"slot":"slot1","percent":42.5}]}.</summary>
/// <param name="Levels">1..8 distinct slots with a level 0..100.</param>
public sealed record LevelsReport(IReadOnlyList<(string Slot, double Percent)> Levels)
{
    /// <summary>The report, or null with a 400 message.</summary>
    public static LevelsReport? Parse(JsonElement root, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("slots", out JsonElement slots) || slots.ValueKind != JsonValueKind.Array || slots.GetArrayLength() is < 1 or > 8)
        {
            error = "slots must be an array of 1 to 8 slots";
            return null;
        }

        var levels = new List<(string, double)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement slot in slots.EnumerateArray())
        {
            if (slot.ValueKind != JsonValueKind.Object || !slot.TryGetProperty("slot", out JsonElement id) || id.ValueKind != JsonValueKind.String
                || !DeviceApiFormats.SlotId().IsMatch(id.GetString()!))
            {
                error = "each slot needs slot: 1 to 64 characters A-Z a-z 0-9 - _";
                return null;
            }

            if (!slot.TryGetProperty("percent", out JsonElement percent) || percent.ValueKind != JsonValueKind.Number
                || !percent.TryGetDouble(out double value) || double.IsNaN(value) || value < 0 || value > 100)
            {
                error = "each slot needs percent: a number from 0 to 100";
                return null;
            }

            if (!seen.Add(id.GetString()!))
            {
                error = "slot " + id.GetString() + " appears twice";
                return null;
            }

            levels.Add((id.GetString()!, value));
        }

        return new LevelsReport(levels);
    }
}
