using System;
using System.Globalization;
using DeviceFirmware.Sandbox.Faults;

namespace DeviceFirmware.Sandbox.Log
{
    /// <summary>
    /// One request the sandbox received. Holds no secret: the path without its query, and at most a
    /// <see cref="Fingerprint"/> of the token or code the request presented.
    /// </summary>
    public sealed class RequestRecord
    {
        /// <summary>A record.</summary>
        /// <param name="sequence">1 for the first request of the server, then up by one.</param>
        /// <param name="time">When it arrived, on the sandbox clock.</param>
        /// <param name="method">HTTP method.</param>
        /// <param name="path">Path, without the query.</param>
        /// <param name="endpoint">The endpoint it reached.</param>
        /// <param name="status">The HTTP status answered; 0 when the connection was dropped (timeout fault).</param>
        /// <param name="grantType">The token request's grant_type, or null.</param>
        /// <param name="fault">The fault applied, or null.</param>
        /// <param name="outcome">A short secret-free summary (error code, detail code, message).</param>
        /// <param name="tokenFingerprint">Fingerprint of the presented token or code, or null.</param>
        public RequestRecord(long sequence, DateTimeOffset time, string method, string path, SandboxEndpoint endpoint, int status, string grantType, FaultKind? fault, string outcome, string tokenFingerprint)
        {
            Sequence = sequence;
            Time = time;
            Method = method;
            Path = path;
            Endpoint = endpoint;
            Status = status;
            GrantType = grantType;
            Fault = fault;
            Outcome = outcome;
            TokenFingerprint = tokenFingerprint;
        }

        /// <summary>1 for the first request of the server, then up by one.</summary>
        public long Sequence { get; }

        /// <summary>When it arrived, on the sandbox clock.</summary>
        public DateTimeOffset Time { get; }

        /// <summary>HTTP method.</summary>
        public string Method { get; }

        /// <summary>Path, without the query (the authorize query carries state and challenge).</summary>
        public string Path { get; }

        /// <summary>The endpoint it reached (<see cref="SandboxEndpoint.Unknown"/> for a 404).</summary>
        public SandboxEndpoint Endpoint { get; }

        /// <summary>The HTTP status answered; 0 when the connection was dropped without an answer.</summary>
        public int Status { get; }

        /// <summary>The token request's grant_type (authorization_code, refresh_token), or null.</summary>
        public string GrantType { get; }

        /// <summary>The fault applied, or null.</summary>
        public FaultKind? Fault { get; }

        /// <summary>A short secret-free summary: LWA error code and description, DRS detail code or message.</summary>
        public string Outcome { get; }

        /// <summary>Fingerprint of the token or code the request presented, or null.</summary>
        public string TokenFingerprint { get; }

        /// <summary>One line, safe to print: time, method, path, endpoint, grant, status, fault, outcome, fingerprint.</summary>
        /// <returns>The line.</returns>
        public override string ToString()
        {
            return Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                + " " + Method + " " + Path
                + " [" + Endpoint + (GrantType == null ? string.Empty : " " + GrantType) + "]"
                + " " + (Status == 0 ? "dropped" : Status.ToString(CultureInfo.InvariantCulture))
                + (Fault.HasValue ? " fault=" + Fault.Value : string.Empty)
                + (string.IsNullOrEmpty(Outcome) ? string.Empty : " " + Outcome)
                + (TokenFingerprint == null ? string.Empty : " token=" + TokenFingerprint);
        }
    }
}
