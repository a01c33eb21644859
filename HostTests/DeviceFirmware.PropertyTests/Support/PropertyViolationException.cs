using System;

namespace DeviceFirmware.PropertyTests.Support
{
    /// <summary>A property of a surface did not hold for one generated case.</summary>
    public sealed class PropertyViolationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What was violated (never a secret value).</param>
        public PropertyViolationException(string message)
            : base(message)
        {
        }
    }
}
