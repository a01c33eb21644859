using System;

namespace DeviceFirmware.DeviceApi
{
    /// <summary>The device key file is not a usable key. The message says what is wrong with it and never contains any of its content.</summary>
    public sealed class DeviceKeyException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="problem">What is wrong, in words that quote nothing of the file.</param>
        public DeviceKeyException(string problem)
            : base(problem)
        {
        }
    }
}
