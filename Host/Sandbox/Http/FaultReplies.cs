using System;
using System.Globalization;
using DeviceFirmware.Sandbox.Faults;
using DeviceFirmware.Sandbox.Lwa;

namespace DeviceFirmware.Sandbox.Http
{
    /// <summary>The answers of the faults that answer instead of processing: LWA's error shape on LWA endpoints, DRS's elsewhere.</summary>
    internal static class FaultReplies
    {
        public static Reply For(FaultKind kind, SandboxEndpoint endpoint, TimeSpan? delay)
        {
            bool lwa = endpoint == SandboxEndpoint.Authorize || endpoint == SandboxEndpoint.Token;
            switch (kind)
            {
                case FaultKind.ServerError:
                    return lwa ? Reply.LwaError(500, LwaErrors.ServerError, "Internal server error (sandbox fault)") : Reply.Message(500, "Internal Server Error");
                case FaultKind.ServiceUnavailable:
                    return lwa ? Reply.LwaError(503, LwaErrors.TemporarilyUnavailable, "Service unavailable (sandbox fault)") : Reply.Message(503, "Service Unavailable");
                case FaultKind.TooManyRequests:
                    int seconds = Math.Max(1, (int)Math.Ceiling((delay ?? TimeSpan.Zero).TotalSeconds));
                    Reply tooMany = lwa ? Reply.LwaError(429, LwaErrors.TemporarilyUnavailable, "Rate exceeded (sandbox fault)") : Reply.Message(429, "Rate exceeded");
                    return tooMany.With("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
                case FaultKind.Forbidden:
                    return lwa ? Reply.LwaError(403, LwaErrors.AccessDenied, "Forbidden (sandbox fault)") : Reply.Message(403, "Forbidden");
                case FaultKind.InvalidGrant:
                    return Reply.LwaError(400, LwaErrors.InvalidGrant, "The refresh token is invalid (sandbox fault)");
                default:
                    return null;
            }
        }
    }
}
