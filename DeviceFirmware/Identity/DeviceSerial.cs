using System;

namespace DeviceFirmware.Identity
{
    /// <summary>
    /// The device serial the companion app passes to Login with Amazon in scope_data (DRS allows
    /// at most 64 characters of A-Z a-z 0-9 - + _; a literal serial in nf.config is checked there).
    /// </summary>
    public static class DeviceSerial
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>
        /// Derives the serial from the chip's 6-byte MAC address: 12 upper-case hex digits,
        /// unique per chip and stable across reflashing.
        /// </summary>
        /// <param name="mac">The MAC address, 6 bytes.</param>
        /// <returns>For example "240AC4123456".</returns>
        public static string FromMac(byte[] mac)
        {
            if (mac == null || mac.Length != 6)
            {
                throw new ArgumentException("a MAC address has 6 bytes");
            }

            char[] chars = new char[12];
            for (int i = 0; i < 6; i++)
            {
                chars[2 * i] = HexDigits[mac[i] >> 4];
                chars[(2 * i) + 1] = HexDigits[mac[i] & 0x0F];
            }

            return new string(chars);
        }
    }
}
