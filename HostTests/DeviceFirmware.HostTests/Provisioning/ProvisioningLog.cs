using System.Collections.Generic;
using System.Linq;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.HostTests.Provisioning
{
    /// <summary>A log that keeps its lines, to check that no secret reaches it.</summary>
    internal sealed class ProvisioningLog : ILog
    {
        public List<string> Lines { get; } = new List<string>();

        public void Info(string message) => Lines.Add("INFO " + message);

        public void Warn(string message) => Lines.Add("WARN " + message);

        public void Error(string message) => Lines.Add("ERROR " + message);

        public bool Mentions(string text) => Lines.Any(l => l.Contains(text));
    }
}
