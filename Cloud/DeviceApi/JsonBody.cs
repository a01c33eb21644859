using System.Text.Json;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>Parses a request body as one JSON object (strict UTF-8, no trailing data).</summary>
public static class JsonBody
{
    /// <summary>The document, or null with a 400 message.</summary>
    public static JsonDocument? Parse(byte[] body, out string? error)
    {
        error = null;
        try
        {
            JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                error = "the body must be a JSON object";
                return null;
            }

            return document;
        }
        catch (JsonException)
        {
            error = "the body is not valid JSON";
            return null;
        }
    }
}
