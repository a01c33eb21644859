using System;
using System.IO;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.Simulator
{
    /// <summary>
    /// The device's serial console in the simulator: each firmware line with the virtual time, and the
    /// story's own lines. Quiet mode (the soak) prints warnings and errors of the firmware only. Counts both.
    /// </summary>
    public sealed class StoryLog : ILog
    {
        private readonly TextWriter _output;
        private readonly VirtualClock _clock;

        /// <summary>Writes to <paramref name="output"/> with times from <paramref name="clock"/>.</summary>
        public StoryLog(TextWriter output, VirtualClock clock)
        {
            _output = output ?? TextWriter.Null;
            _clock = clock;
        }

        /// <summary>True: firmware info lines are not printed.</summary>
        public bool Quiet { get; set; }

        /// <summary>True: firmware lines are printed exactly as logged (no plain-words rewording).</summary>
        public bool Raw { get; set; }

        /// <summary>Firmware warnings so far.</summary>
        public int Warnings { get; private set; }

        /// <summary>Firmware errors so far.</summary>
        public int Errors { get; private set; }

        /// <summary>Every firmware line so far (to check that no secret was logged).</summary>
        public System.Collections.Generic.List<string> Lines { get; } = new System.Collections.Generic.List<string>();

        /// <summary>A line of the story (what happens in the simulated world).</summary>
        public void Story(string message) => _output.WriteLine($"[{_clock.Stamp}] {message}");

        /// <summary>A plain line (headers, summary).</summary>
        public void Plain(string message) => _output.WriteLine(message);

        private string Shown(string message) => Raw ? message : PlainWords.Of(message);

        /// <inheritdoc />
        public void Info(string message)
        {
            Lines.Add(message);
            if (!Quiet)
            {
                _output.WriteLine($"[{_clock.Stamp}]     device: {Shown(message)}");
            }
        }

        /// <inheritdoc />
        public void Warn(string message)
        {
            Lines.Add(message);
            Warnings++;
            _output.WriteLine($"[{_clock.Stamp}]     device warning: {Shown(message)}");
        }

        /// <inheritdoc />
        public void Error(string message)
        {
            Lines.Add(message);
            Errors++;
            _output.WriteLine($"[{_clock.Stamp}]     device ERROR: {Shown(message)}");
        }
    }
}
