namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>The four authentication headers of a device request, checked for format.</summary>
/// <param name="Serial">X-Device-Serial.</param>
/// <param name="Timestamp">X-Timestamp as sent (the canonical request uses the text).</param>
/// <param name="Nonce">X-Nonce.</param>
/// <param name="Signature">X-Signature.</param>
public sealed record DeviceRequestHeaders(string Serial, string Timestamp, string Nonce, string Signature)
{
    /// <summary>The headers of <paramref name="request"/>, or a 400 naming the bad one.</summary>
    public static DeviceRequestHeaders? Read(HttpRequest request, out DeviceApiError? error)
    {
        error = null;
        string? serial = One(request, "X-Device-Serial");
        string? timestamp = One(request, "X-Timestamp");
        string? nonce = One(request, "X-Nonce");
        string? signature = One(request, "X-Signature");
        if (serial == null || !DeviceApiFormats.Serial().IsMatch(serial))
        {
            error = DeviceApiError.BadRequest("X-Device-Serial must be one value of 1 to 64 characters A-Z a-z 0-9 - + _");
        }
        else if (timestamp == null || !DeviceApiFormats.Timestamp().IsMatch(timestamp))
        {
            error = DeviceApiError.BadRequest("X-Timestamp must be one value of decimal digits (Unix seconds)");
        }
        else if (nonce == null || !DeviceApiFormats.Nonce().IsMatch(nonce))
        {
            error = DeviceApiError.BadRequest("X-Nonce must be one value of 16 to 64 characters A-Z a-z 0-9 - _");
        }
        else if (signature == null || !DeviceApiFormats.Signature().IsMatch(signature))
        {
            error = DeviceApiError.BadRequest("X-Signature must be 64 lowercase hex digits");
        }

        return error == null ? new DeviceRequestHeaders(serial!, timestamp!, nonce!, signature!) : null;
    }

    private static string? One(HttpRequest request, string name)
    {
        return request.Headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
    }
}
