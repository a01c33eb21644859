using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>A sensor channel could not be read (not opened, hardware error, bad channel).</summary>
    public sealed class SupplySensorException : Exception
    {
        private readonly int _channel;

        /// <summary>Creates the exception.</summary>
        /// <param name="channel">The channel.</param>
        /// <param name="message">What failed.</param>
        /// <param name="inner">The platform's exception, or null.</param>
        public SupplySensorException(int channel, string message, Exception inner)
            : base(message, inner)
        {
            _channel = channel;
        }

        /// <summary>The channel that failed.</summary>
        public int Channel
        {
            get { return _channel; }
        }
    }
}
