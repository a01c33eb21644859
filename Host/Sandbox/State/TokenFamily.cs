namespace DeviceFirmware.Sandbox.State
{
    /// <summary>
    /// All tokens descending from one code exchange (the access and refresh tokens, and every rotated
    /// refresh token): revoked together, as RFC 6749 section 10.5 and RFC 9700 expect.
    /// </summary>
    internal sealed class TokenFamily
    {
        public TokenFamily(int id, string clientId, Registration registration)
        {
            Id = id;
            ClientId = clientId;
            Registration = registration;
        }

        public int Id { get; }

        public string ClientId { get; }

        public Registration Registration { get; }

        public bool Revoked { get; set; }
    }
}
