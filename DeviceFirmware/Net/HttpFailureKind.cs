namespace DeviceFirmware.Net
{
    /// <summary>Why a request got no HTTP response.</summary>
    public enum HttpFailureKind
    {
        /// <summary>No complete response within the transport's timeout.</summary>
        Timeout,

        /// <summary>Name resolution failed, or the connection was refused, reset or lost.</summary>
        ConnectionFailed,

        /// <summary>The TLS handshake failed (certificate not trusted, wrong time, protocol mismatch).</summary>
        TlsFailed,

        /// <summary>Anything else (an unreadable response, out of memory in the stack...).</summary>
        Other,
    }
}
