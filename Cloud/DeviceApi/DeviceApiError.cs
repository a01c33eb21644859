namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>An error answer of the device API: {"error":code,"message":plain words}; never a key, token or signature in it.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">The error code of docs/device-api.md.</param>
/// <param name="Message">Plain words.</param>
/// <param name="RetryAfterSeconds">For 429: the Retry-After header.</param>
public sealed record DeviceApiError(int Status, string Code, string Message, int? RetryAfterSeconds = null)
{
    /// <summary>400 bad_request.</summary>
    public static DeviceApiError BadRequest(string message) => new(400, "bad_request", message);

    /// <summary>401 with one of unknown_device, bad_signature, stale_timestamp, replayed_nonce.</summary>
    public static DeviceApiError Unauthorized(string code, string message) => new(401, code, message);

    /// <summary>The HTTP result.</summary>
    public IResult ToResult(HttpContext context)
    {
        if (RetryAfterSeconds is int seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(new { error = Code, message = Message }, statusCode: Status);
    }
}
