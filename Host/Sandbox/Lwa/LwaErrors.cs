namespace DeviceFirmware.Sandbox.Lwa
{
    /// <summary>OAuth 2.0 error codes LWA answers with (RFC 6749 sections 4.1.2.1 and 5.2).</summary>
    internal static class LwaErrors
    {
        public const string InvalidRequest = "invalid_request";
        public const string InvalidClient = "invalid_client";
        public const string InvalidGrant = "invalid_grant";
        public const string UnsupportedGrantType = "unsupported_grant_type";
        public const string UnsupportedResponseType = "unsupported_response_type";
        public const string InvalidScope = "invalid_scope";
        public const string AccessDenied = "access_denied";
        public const string ServerError = "server_error";
        public const string TemporarilyUnavailable = "temporarily_unavailable";
    }
}
