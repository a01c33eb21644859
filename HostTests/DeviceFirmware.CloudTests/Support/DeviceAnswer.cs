using System.Text.Json;

namespace DeviceFirmware.CloudTests.Support;

/// <summary>A device API answer.</summary>
internal sealed record DeviceAnswer(int Status, string Body, string? RetryAfter)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Text(string name) => Json.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public string? Error => Text("error");

    public string? Outcome => Text("outcome");

    public override string ToString() => Status + " " + Body;
}
