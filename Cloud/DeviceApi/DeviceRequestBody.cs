namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>Reads a device request's body exactly as sent, refusing more than 4,096 bytes and any type but JSON.</summary>
public static class DeviceRequestBody
{
    /// <summary>The body bytes, or null with a 400 or 413.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancel, Action<DeviceApiError> refuse)
    {
        if (request.ContentLength > DeviceApiFormats.MaxBodyBytes)
        {
            refuse(new DeviceApiError(413, "too_large", "the body is over 4,096 bytes"));
            return null;
        }

        string? type = request.ContentType;
        if (type == null || !type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            refuse(DeviceApiError.BadRequest("Content-Type must be application/json"));
            return null;
        }

        var buffer = new byte[DeviceApiFormats.MaxBodyBytes + 1];
        int length = 0;
        while (length < buffer.Length)
        {
            int read = await request.Body.ReadAsync(buffer.AsMemory(length), cancel);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > DeviceApiFormats.MaxBodyBytes)
        {
            refuse(new DeviceApiError(413, "too_large", "the body is over 4,096 bytes"));
            return null;
        }

        return buffer.AsSpan(0, length).ToArray();
    }
}
