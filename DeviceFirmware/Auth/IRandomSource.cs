namespace DeviceFirmware.Auth
{
    /// <summary>
    /// Source of cryptographically strong random bytes for PKCE verifiers.
    /// Device: the ESP32 hardware RNG (only truly random while a radio is on);
    /// host: the operating system's CSPRNG; tests: a scripted fake.
    /// </summary>
    public interface IRandomSource
    {
        /// <summary>Fills the whole buffer with random bytes.</summary>
        /// <param name="buffer">The buffer to fill.</param>
        void NextBytes(byte[] buffer);
    }
}
