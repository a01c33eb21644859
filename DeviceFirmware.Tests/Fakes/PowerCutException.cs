using System;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>Thrown by <see cref="PowerCutFlashStore"/> when the simulated power fails: the firmware stops there.</summary>
    public sealed class PowerCutException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public PowerCutException()
            : base("simulated power cut")
        {
        }
    }
}
