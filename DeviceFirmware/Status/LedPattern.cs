using System;
using System.Threading;

namespace DeviceFirmware.Status
{
    /// <summary>
    /// A repeating blink pattern as data: segment durations in milliseconds, alternately lit and dark,
    /// the first one lit; or a steady state. The device's LED adapter walks the segments and the tests
    /// sample <see cref="IsLitAt"/>, so both read the same table.
    /// </summary>
    public sealed class LedPattern
    {
        /// <summary>Shortest segment: the eye does not see a shorter flash, and a GPIO thread cannot keep up.</summary>
        public const int MinSegmentMs = 50;

        /// <summary>Longest segment.</summary>
        public const int MaxSegmentMs = 10000;

        /// <summary>The LED is always on.</summary>
        public static readonly LedPattern SteadyOn = new LedPattern("steady on", true);

        /// <summary>The LED is always off.</summary>
        public static readonly LedPattern SteadyOff = new LedPattern("steady off", false);

        private readonly string _name;
        private readonly int[] _segmentsMs;
        private readonly bool _steadyLit;
        private readonly int _periodMs;

        /// <summary>Creates a blinking pattern.</summary>
        /// <param name="name">A short description for logs, e.g. "double blink".</param>
        /// <param name="segmentsMs">Lit, dark, lit, dark... durations: an even count of 2..16, each <see cref="MinSegmentMs"/>..<see cref="MaxSegmentMs"/>.</param>
        /// <exception cref="ArgumentException">The segments break a rule; the message names it.</exception>
        public LedPattern(string name, int[] segmentsMs)
        {
            if (name == null || name.Length == 0)
            {
                throw new ArgumentException("an LED pattern needs a name");
            }

            if (segmentsMs == null || segmentsMs.Length < 2 || segmentsMs.Length > 16 || segmentsMs.Length % 2 != 0)
            {
                throw new ArgumentException("LED pattern " + name + ": needs an even number of segments 2..16 (lit then dark)");
            }

            int period = 0;
            for (int i = 0; i < segmentsMs.Length; i++)
            {
                if (segmentsMs[i] < MinSegmentMs || segmentsMs[i] > MaxSegmentMs)
                {
                    throw new ArgumentException("LED pattern " + name + ": segment " + i + " lasts " + segmentsMs[i] + " ms; allowed " + MinSegmentMs + ".." + MaxSegmentMs);
                }

                period += segmentsMs[i];
            }

            _name = name;
            _segmentsMs = new int[segmentsMs.Length];
            Array.Copy(segmentsMs, _segmentsMs, segmentsMs.Length);
            _periodMs = period;
        }

        private LedPattern(string name, bool lit)
        {
            _name = name;
            _segmentsMs = null;
            _steadyLit = lit;
            _periodMs = 0;
        }

        /// <summary>The pattern's description.</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>True for <see cref="SteadyOn"/> and <see cref="SteadyOff"/>.</summary>
        public bool IsSteady
        {
            get { return _segmentsMs == null; }
        }

        /// <summary>Length of one repetition in milliseconds; 0 for a steady pattern.</summary>
        public int PeriodMs
        {
            get { return _periodMs; }
        }

        /// <summary>Number of segments (1 for a steady pattern).</summary>
        public int SegmentCount
        {
            get { return _segmentsMs == null ? 1 : _segmentsMs.Length; }
        }

        /// <summary>How long a segment lasts.</summary>
        /// <param name="index">0 to <see cref="SegmentCount"/> - 1.</param>
        /// <returns>Milliseconds, or <see cref="Timeout.Infinite"/> for a steady pattern.</returns>
        public int DurationOf(int index)
        {
            CheckIndex(index);
            return _segmentsMs == null ? Timeout.Infinite : _segmentsMs[index];
        }

        /// <summary>Whether the LED is lit during a segment.</summary>
        /// <param name="index">0 to <see cref="SegmentCount"/> - 1.</param>
        /// <returns>True for even segments of a blinking pattern, the steady state otherwise.</returns>
        public bool IsLitDuring(int index)
        {
            CheckIndex(index);
            return _segmentsMs == null ? _steadyLit : index % 2 == 0;
        }

        /// <summary>Whether the LED is lit a given time after the pattern started.</summary>
        /// <param name="elapsedMs">Milliseconds since the start, 0 or more.</param>
        /// <returns>The LED state at that moment.</returns>
        public bool IsLitAt(long elapsedMs)
        {
            if (elapsedMs < 0)
            {
                throw new ArgumentOutOfRangeException("elapsedMs", "elapsed time cannot be negative");
            }

            if (_segmentsMs == null)
            {
                return _steadyLit;
            }

            long position = elapsedMs % _periodMs;
            for (int i = 0; i < _segmentsMs.Length; i++)
            {
                if (position < _segmentsMs[i])
                {
                    return i % 2 == 0;
                }

                position -= _segmentsMs[i];
            }

            return false;
        }

        /// <summary>Number of flashes in one repetition (0 or 1 for a steady pattern: off or on).</summary>
        public int FlashesPerPeriod
        {
            get { return _segmentsMs == null ? (_steadyLit ? 1 : 0) : _segmentsMs.Length / 2; }
        }

        /// <summary>The name, for logs.</summary>
        /// <returns>For example "double blink".</returns>
        public override string ToString()
        {
            return _name;
        }

        private void CheckIndex(int index)
        {
            if (index < 0 || index >= SegmentCount)
            {
                throw new ArgumentOutOfRangeException("index", "segment " + index + " does not exist in LED pattern " + _name);
            }
        }
    }
}
