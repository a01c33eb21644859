using System;
using DeviceFirmware.Sandbox.Time;
using DeviceFirmware.Time;

namespace DeviceFirmware.Simulator
{
    /// <summary>The simulation's one clock: the device reads it as <see cref="IClock"/>, the sandbox as its clock; it moves only on <see cref="Advance"/>.</summary>
    public sealed class VirtualClock : IClock
    {
        /// <summary>Starts at <paramref name="start"/>.</summary>
        public VirtualClock(DateTimeOffset start)
        {
            Sandbox = new ManualSandboxClock(start);
            Start = Sandbox.UtcNow.UtcDateTime;
        }

        /// <summary>The same time for the sandbox.</summary>
        public ManualSandboxClock Sandbox { get; }

        /// <summary>When the simulation started.</summary>
        public DateTime Start { get; }

        /// <inheritdoc />
        public DateTime UtcNow => Sandbox.UtcNow.UtcDateTime;

        /// <summary>Time since the start, as the story prints it: d2 08:15:00.</summary>
        public string Stamp
        {
            get
            {
                TimeSpan t = UtcNow - Start;
                return $"d{(int)t.TotalDays} {t.Hours:00}:{t.Minutes:00}:{t.Seconds:00}";
            }
        }

        /// <summary>Moves time forward (never back).</summary>
        public void Advance(TimeSpan by)
        {
            if (by > TimeSpan.Zero)
            {
                Sandbox.Advance(by);
            }
        }
    }
}
