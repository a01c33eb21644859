using System;
using DeviceFirmware.Diagnostics;

namespace DeviceFirmware.App
{
    /// <summary>
    /// Watchdog-style guard around the main loop: a pass that throws is logged (type and scrubbed message,
    /// <see cref="ExceptionSummary"/>) and the loop goes on after a pause that grows with consecutive failures
    /// (1, 2, 5, 10, 30, 60, 120, 300 s), so a persistent fault neither spins the CPU nor floods the console.
    /// After <see cref="RebootAfterFailures"/> failures in a row it asks for a reboot, which is safe because
    /// nothing on the boot path erases stored tokens. It never sleeps itself: the caller sleeps what
    /// <see cref="RunOnce"/> returns.
    /// </summary>
    public sealed class RecoveringLoop
    {
        /// <summary>Default number of consecutive failed passes after which a reboot is requested (about an hour of failing).</summary>
        public const int DefaultRebootAfterFailures = 20;

        private static readonly int[] PauseSeconds = new int[] { 1, 2, 5, 10, 30, 60, 120, 300 };

        private readonly ILoopStep _step;
        private readonly ILog _log;
        private readonly int _rebootAfterFailures;
        private int _failures;
        private bool _rebootRequested;

        /// <summary>Creates the guard with <see cref="DefaultRebootAfterFailures"/>.</summary>
        /// <param name="step">The pass to run.</param>
        /// <param name="log">Where failures are reported.</param>
        public RecoveringLoop(ILoopStep step, ILog log)
            : this(step, log, DefaultRebootAfterFailures)
        {
        }

        /// <summary>Creates the guard.</summary>
        /// <param name="step">The pass to run.</param>
        /// <param name="log">Where failures are reported.</param>
        /// <param name="rebootAfterFailures">Consecutive failures that request a reboot, 1 or more; 0 never requests one.</param>
        public RecoveringLoop(ILoopStep step, ILog log, int rebootAfterFailures)
        {
            if (step == null)
            {
                throw new ArgumentNullException("step");
            }

            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            if (rebootAfterFailures < 0)
            {
                throw new ArgumentOutOfRangeException("rebootAfterFailures", "rebootAfterFailures must be 0 (never) or more");
            }

            _step = step;
            _log = log;
            _rebootAfterFailures = rebootAfterFailures;
        }

        /// <summary>Consecutive failed passes since the last good one.</summary>
        public int ConsecutiveFailures
        {
            get { return _failures; }
        }

        /// <summary>Consecutive failures that request a reboot (0: never).</summary>
        public int RebootAfterFailures
        {
            get { return _rebootAfterFailures; }
        }

        /// <summary>True once the failures reached <see cref="RebootAfterFailures"/>; the caller reboots.</summary>
        public bool RebootRequested
        {
            get { return _rebootRequested; }
        }

        /// <summary>The pause after a number of consecutive failures.</summary>
        /// <param name="failures">1 or more.</param>
        /// <returns>1 s after the first failure, growing to 300 s.</returns>
        public static TimeSpan PauseAfter(int failures)
        {
            if (failures < 1)
            {
                return TimeSpan.Zero;
            }

            int index = failures > PauseSeconds.Length ? PauseSeconds.Length - 1 : failures - 1;
            return new TimeSpan(0, 0, PauseSeconds[index]);
        }

        /// <summary>Runs one pass and says how long to sleep before the next.</summary>
        /// <param name="now">Current time (UTC).</param>
        /// <returns>The step's wish (never negative) after a good pass; the failure pause after a failed one.</returns>
        public TimeSpan RunOnce(DateTime now)
        {
            TimeSpan wait;
            try
            {
                wait = _step.Run(now);
            }
            catch (Exception e)
            {
                return RecordFailure(e);
            }

            if (_failures > 0)
            {
                _log.Info("main loop recovered after " + _failures + " failed pass(es)");
                _failures = 0;
            }

            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        private TimeSpan RecordFailure(Exception e)
        {
            _failures++;
            TimeSpan pause = PauseAfter(_failures);
            _log.Error("main loop pass failed (" + _failures + " in a row; next in " + (int)pause.TotalSeconds + " s): " + ExceptionSummary.Describe(e));
            if (_rebootAfterFailures > 0 && _failures >= _rebootAfterFailures && !_rebootRequested)
            {
                _rebootRequested = true;
                _log.Error("main loop failed " + _failures + " times in a row: rebooting (stored tokens are kept)");
            }

            return pause;
        }
    }
}
