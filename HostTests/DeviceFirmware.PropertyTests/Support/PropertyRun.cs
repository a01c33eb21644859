using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Support
{
    /// <summary>
    /// Runs one property over generated cases, deterministically: case i of a surface is generated from
    /// a CsCheck <see cref="PCG"/> seeded with (<see cref="PropertySettings.Seed"/> + i) on the surface's own
    /// stream, on one thread, so the same seed gives the same cases. A case that throws, or runs longer
    /// than <see cref="CaseTimeLimit"/> (a hang), fails the test with the seed, the case index and a
    /// description of the input; a passing run writes "surface: N cases, 0 violations" to the output.
    /// </summary>
    public static class PropertyRun
    {
        /// <summary>Longest a single case may run before it counts as a hang.</summary>
        public static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(20);

        /// <summary>Checks <paramref name="property"/> on <paramref name="defaultCases"/> x <see cref="PropertySettings.Scale"/> cases.</summary>
        /// <typeparam name="T">The generated input.</typeparam>
        /// <param name="output">Where the figures go.</param>
        /// <param name="surface">The surface's name, as the figures name it.</param>
        /// <param name="defaultCases">Cases of the default (CI) pass.</param>
        /// <param name="gen">The input generator.</param>
        /// <param name="property">Throws when the property does not hold for an input.</param>
        /// <param name="describe">Describes an input for a failure message (no secret values).</param>
        /// <returns>The number of cases run.</returns>
        public static int Check<T>(ITestOutputHelper output, string surface, int defaultCases, Gen<T> gen, Action<T> property, Func<T, string> describe)
        {
            int cases = checked(defaultCases * PropertySettings.Scale);
            ulong seed = PropertySettings.Seed;
            uint stream = StreamOf(surface);
            int current = -1;
            long caseStarted = 0;
            string failure = null;
            Stopwatch watch = Stopwatch.StartNew();
            Task run = Task.Factory.StartNew(
                () =>
                {
                    int only = PropertySettings.Case;
                    for (int i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : cases) && failure == null; i++)
                    {
                        T input = gen.Generate(new PCG(stream, seed + (ulong)i), null, out _);
                        Volatile.Write(ref caseStarted, watch.ElapsedTicks);
                        Volatile.Write(ref current, i);
                        try
                        {
                            property(input);
                        }
                        catch (Exception e)
                        {
                            failure = surface + ": violation in case " + i + " of " + cases + " (" + PropertySettings.SeedVariable + "=" + seed
                                + ", " + PropertySettings.CaseVariable + "=" + i + "): " + e.GetType().Name + ": " + e.Message + Environment.NewLine + "input: " + SafeDescribe(describe, input);
                        }
                    }
                },
                TaskCreationOptions.LongRunning);
            while (!run.Wait(500))
            {
                long started = Volatile.Read(ref caseStarted);
                TimeSpan running = TimeSpan.FromTicks((long)((watch.ElapsedTicks - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
                if (Volatile.Read(ref current) >= 0 && running > CaseTimeLimit)
                {
                    throw new PropertyViolationException(surface + ": case " + Volatile.Read(ref current) + " (" + PropertySettings.SeedVariable + "=" + seed
                        + ") ran longer than " + CaseTimeLimit.TotalSeconds + " s: a hang");
                }
            }

            if (run.IsFaulted)
            {
                throw run.Exception.InnerException;
            }

            if (failure != null)
            {
                throw new PropertyViolationException(failure);
            }

            output.WriteLine(surface + ": " + cases + " cases, 0 violations (" + PropertySettings.SeedVariable + "=" + seed + ", "
                + PropertySettings.ScaleVariable + "=" + PropertySettings.Scale + ", " + watch.Elapsed.TotalSeconds.ToString("0.0") + " s)");
            return cases;
        }

        /// <summary>Fails the current case unless <paramref name="condition"/> holds.</summary>
        /// <param name="condition">The property.</param>
        /// <param name="what">What must hold (no secret values).</param>
        public static void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new PropertyViolationException(what);
            }
        }

        private static string SafeDescribe<T>(Func<T, string> describe, T input)
        {
            try
            {
                return describe(input);
            }
            catch (Exception e)
            {
                return "(could not describe: " + e.GetType().Name + ")";
            }
        }

        // A stable stream per surface, so adding a surface does not change another's cases.
        private static uint StreamOf(string surface)
        {
            uint hash = 2166136261;
            foreach (char c in surface)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
