namespace DeviceFirmware.Sandbox.State
{
    /// <summary>What the sandbox knows about a refresh token (the token text is only its key).</summary>
    internal sealed class RefreshTokenRecord
    {
        public RefreshTokenRecord(TokenFamily family)
        {
            Family = family;
        }

        public TokenFamily Family { get; }

        /// <summary>Set when rotation replaced it: presenting it again is reuse.</summary>
        public bool Replaced { get; set; }
    }
}
