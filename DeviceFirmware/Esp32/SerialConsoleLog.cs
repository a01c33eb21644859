using System;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Esp32
{
    /// <summary>The firmware log on the serial console (what a device maker sees in a terminal or Visual Studio).</summary>
    public sealed class SerialConsoleLog : ILog
    {
        /// <inheritdoc />
        public void Info(string message)
        {
            Console.WriteLine("[info] " + message);
        }

        /// <inheritdoc />
        public void Warn(string message)
        {
            Console.WriteLine("[warn] " + message);
        }

        /// <inheritdoc />
        public void Error(string message)
        {
            Console.WriteLine("[error] " + message);
        }
    }
}
