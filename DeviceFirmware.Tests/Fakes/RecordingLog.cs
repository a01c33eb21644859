using System.Collections;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A log that keeps every line, so tests can assert what was (and was not) written.</summary>
    public sealed class RecordingLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Number of lines written.</summary>
        public int Count
        {
            get { return _lines.Count; }
        }

        /// <summary>Line <paramref name="index"/>, prefixed with its level ("INFO ", "WARN ", "ERROR ").</summary>
        public string this[int index]
        {
            get { return (string)_lines[index]; }
        }

        /// <inheritdoc />
        public void Info(string message)
        {
            _lines.Add("INFO " + message);
        }

        /// <inheritdoc />
        public void Warn(string message)
        {
            _lines.Add("WARN " + message);
        }

        /// <inheritdoc />
        public void Error(string message)
        {
            _lines.Add("ERROR " + message);
        }

        /// <summary>True if any line contains <paramref name="text"/>.</summary>
        public bool Contains(string text)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
