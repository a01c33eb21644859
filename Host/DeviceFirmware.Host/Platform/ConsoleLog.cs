using System;
using System.IO;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Host.Platform
{
    /// <summary>Writes the firmware's log to a text writer (the simulator's console), one prefixed line each.</summary>
    public sealed class ConsoleLog : ILog
    {
        private readonly TextWriter _output;

        /// <summary>Logs to <paramref name="output"/>.</summary>
        public ConsoleLog(TextWriter output)
        {
            _output = output;
        }

        /// <inheritdoc />
        public void Info(string message) => _output.WriteLine("  " + message);

        /// <inheritdoc />
        public void Warn(string message) => _output.WriteLine("  warning: " + message);

        /// <inheritdoc />
        public void Error(string message) => _output.WriteLine("  ERROR: " + message);
    }
}
