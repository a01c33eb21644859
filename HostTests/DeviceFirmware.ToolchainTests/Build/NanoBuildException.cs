using System;

namespace DeviceFirmware.ToolchainTests.Build
{
    /// <summary>A project did not compile or convert with the real toolchain; the message holds the tool output.</summary>
    public sealed class NanoBuildException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public NanoBuildException(string message)
            : base(message)
        {
        }
    }
}
