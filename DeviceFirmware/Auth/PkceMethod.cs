namespace DeviceFirmware.Auth
{
    /// <summary>PKCE code challenge methods (RFC 7636 section 4.2).</summary>
    public enum PkceMethod
    {
        /// <summary>challenge = BASE64URL(SHA256(ASCII(verifier))). The default: RFC 7636 says use it when able.</summary>
        S256,

        /// <summary>challenge = verifier. Allowed by LWA, weaker: only for clients that cannot hash.</summary>
        Plain,
    }
}
