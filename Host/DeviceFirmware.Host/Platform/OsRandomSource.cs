using System.Security.Cryptography;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Host.Platform
{
    /// <summary>The operating system's CSPRNG, standing in for the ESP32 hardware RNG on the host.</summary>
    public sealed class OsRandomSource : IRandomSource
    {
        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            RandomNumberGenerator.Fill(buffer);
        }
    }
}
