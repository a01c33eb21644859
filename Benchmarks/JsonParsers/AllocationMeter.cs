using System;

namespace DeviceFirmware.Benchmarks.JsonParsers
{
    /// <summary>
    /// Managed memory figures from nanoCLR's only gauge, nanoFramework.Runtime.Native.GC.Run(false), which
    /// collects and returns the free heap. Allocated bytes per parse (garbage included) are counted by heap
    /// cycles: after a collection the free heap is F; a weak reference to a fresh object dies at the next
    /// collection, which nanoCLR runs only when an allocation no longer fits; so the n parses run until then
    /// allocated about F bytes, and F / n is the figure (to within one parse per cycle).
    /// </summary>
    public static class AllocationMeter
    {
        private static object _sink;

        /// <summary>Collects garbage and returns the free managed heap in bytes.</summary>
        /// <returns>The free bytes after the collection.</returns>
        public static long FreeBytes()
        {
            return nanoFramework.Runtime.Native.GC.Run(false);
        }

        /// <summary>Bytes the result of one parse keeps alive (free heap before minus free heap while it is held).</summary>
        /// <param name="parser">The parser.</param>
        /// <param name="sample">The body.</param>
        /// <returns>The retained bytes.</returns>
        public static long RetainedBytes(IBodyParser parser, SampleBody sample)
        {
            // One parse first, in its own frame: a parser's static buffers reach their size for this body and
            // no stack slot of this frame holds an earlier result.
            ParseAndDrop(parser, sample);
            long before = FreeBytes();
            _sink = parser.Parse(sample.Kind, sample.Text);
            long after = FreeBytes();
            _sink = null;
            return before - after;
        }

        private static void ParseAndDrop(IBodyParser parser, SampleBody sample)
        {
            _sink = parser.Parse(sample.Kind, sample.Text);
            _sink = null;
        }

        /// <summary>Average bytes allocated by one parse, garbage included, over <paramref name="cycles"/> heap cycles.</summary>
        /// <param name="parser">The parser.</param>
        /// <param name="sample">The body.</param>
        /// <param name="cycles">Heap cycles to count.</param>
        /// <param name="parses">Parses counted in all.</param>
        /// <returns>The bytes per parse, or -1 when a cycle did not end within <see cref="BenchmarkSettings.MaxParsesPerCycle"/> parses.</returns>
        public static long AllocatedBytesPerParse(IBodyParser parser, SampleBody sample, int cycles, out int parses)
        {
            long freed = 0;
            parses = 0;
            for (int cycle = 0; cycle < cycles; cycle++)
            {
                _sink = null;
                long free = FreeBytes();
                WeakReference sentinel = new WeakReference(new object());
                int count = 0;
                while (sentinel.IsAlive)
                {
                    if (count == BenchmarkSettings.MaxParsesPerCycle)
                    {
                        return -1;
                    }

                    _sink = parser.Parse(sample.Kind, sample.Text);
                    count++;
                }

                freed += free;
                parses += count;
            }

            _sink = null;

            // The collection struck during the last parse of each cycle: count it as half done.
            return (long)(freed / (parses - (cycles / 2.0)));
        }

        /// <summary>Average wall time of one parse in microseconds (DateTime.UtcNow ticks over many parses; collections included).</summary>
        /// <param name="parser">The parser.</param>
        /// <param name="sample">The body.</param>
        /// <param name="parses">Parses to time.</param>
        /// <returns>Microseconds per parse.</returns>
        public static double MicrosecondsPerParse(IBodyParser parser, SampleBody sample, int parses)
        {
            _sink = null;
            FreeBytes();
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < parses; i++)
            {
                _sink = parser.Parse(sample.Kind, sample.Text);
            }

            long elapsed = DateTime.UtcNow.Ticks - start;
            _sink = null;
            return elapsed / 10.0 / parses;
        }
    }
}
