using System;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.HeapBudget.Reporting;

namespace DeviceFirmware.HeapBudget.Ports
{
    /// <summary>
    /// A log that keeps nothing (the check measures the firmware, not a log buffer): progress is dropped,
    /// warnings and errors are counted and printed at once so a failed flow says why.
    /// </summary>
    public sealed class QuietLog : ILog
    {
        private readonly PeakSampler _peak;

        /// <summary>Creates the log.</summary>
        /// <param name="peak">Sampled at every line: the firmware logs at each step.</param>
        public QuietLog(PeakSampler peak)
        {
            _peak = peak;
        }

        /// <summary>Warnings so far.</summary>
        public int Warnings { get; private set; }

        /// <summary>Errors so far.</summary>
        public int Errors { get; private set; }

        /// <inheritdoc />
        public void Info(string message)
        {
            _peak.Sample();
        }

        /// <inheritdoc />
        public void Warn(string message)
        {
            _peak.Sample();
            Warnings++;
            Console.WriteLine("[warn] " + message);
        }

        /// <inheritdoc />
        public void Error(string message)
        {
            _peak.Sample();
            Errors++;
            Console.WriteLine("[error] " + message);
        }
    }
}
