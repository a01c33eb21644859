using System;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.App
{
    /// <summary>
    /// Logs free managed memory at named moments (start-up, after the first HTTPS exchange) so a device
    /// maker sees the heap left for TLS and BLE. A gauge that fails is reported, never fatal.
    /// </summary>
    public sealed class MemoryReporter
    {
        private readonly IMemoryGauge _gauge;
        private readonly ILog _log;

        /// <summary>Creates the reporter.</summary>
        /// <param name="gauge">The memory gauge.</param>
        /// <param name="log">Where the figures go.</param>
        public MemoryReporter(IMemoryGauge gauge, ILog log)
        {
            if (gauge == null)
            {
                throw new ArgumentNullException("gauge");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _gauge = gauge;
            _log = log;
        }

        /// <summary>Measures and logs one line: "free managed memory (moment): N bytes".</summary>
        /// <param name="moment">What just happened, e.g. "start-up".</param>
        /// <returns>The free bytes, or -1 when the gauge failed.</returns>
        public long Report(string moment)
        {
            try
            {
                long free = _gauge.FreeBytes();
                _log.Info("free managed memory (" + moment + "): " + free + " bytes");
                return free;
            }
            catch (Exception e)
            {
                _log.Warn("free managed memory (" + moment + ") not measured: " + ExceptionSummary.Describe(e));
                return -1;
            }
        }
    }
}
