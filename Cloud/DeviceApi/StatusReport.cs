using System.Text.Json;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>POST /status: {"firmware":"1.0.0"}.</summary>
/// <param name="Firmware">1..32 printable ASCII.</param>
public sealed record StatusReport(string Firmware)
{
    /// <summary>The report, or null with a 400 message.</summary>
    public static StatusReport? Parse(JsonElement root, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("firmware", out JsonElement firmware) || firmware.ValueKind != JsonValueKind.String
            || !DeviceApiFormats.Firmware().IsMatch(firmware.GetString()!))
        {
            error = "firmware must be a string of 1 to 32 printable ASCII characters";
            return null;
        }

        return new StatusReport(firmware.GetString()!);
    }
}
