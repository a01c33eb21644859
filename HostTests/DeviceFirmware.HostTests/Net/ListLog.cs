using System.Collections.Generic;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>A log that keeps its lines for host tests.</summary>
    internal sealed class ListLog : ILog
    {
        public List<string> Lines { get; } = new List<string>();

        public void Info(string message) => Lines.Add("INFO " + message);

        public void Warn(string message) => Lines.Add("WARN " + message);

        public void Error(string message) => Lines.Add("ERROR " + message);
    }
}
