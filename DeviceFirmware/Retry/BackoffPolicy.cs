using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Retry
{
    /// <summary>
    /// Capped exponential backoff with jitter for transient failures (5xx, 429, timeouts, network
    /// errors), whose cap grows while the failures go on, so a long outage of LWA or DRS costs
    /// about a hundred requests a day instead of one a minute. The default schedule:
    /// <list type="bullet">
    /// <item>1, 2, 4, 10, 30, 60 s after the 1st..6th consecutive failure (the known-good steps of
    /// the LWA/DRS notes), then 60 s;</item>
    /// <item>from the 7th failure on, once the failures have lasted 10 minutes (since the first
    /// failure of the streak): 5 min; after 1 hour: 15 min; after 6 hours: 30 min, for ever;</item>
    /// <item>the first success ends the streak: the next failure starts again at 1 s.</item>
    /// </list>
    /// Each delay is drawn uniformly within +-50 % of the nominal one, so devices that lost the
    /// network together do not come back in step: the wait is 0.5 x nominal .. 1.5 x nominal, at
    /// most 90 s in the first 10 minutes and at most 45 min (<see cref="LongestMaxDelay"/>) ever.
    /// So once the server is back, the next attempt comes within one capped period: at most 1.5 x
    /// the cap in effect. Schedules given to the constructor with steps only keep their last step
    /// as the cap (no growth). The policy never sleeps: it says when the next attempt may start,
    /// and the clock-driven caller decides when to look again.
    /// </summary>
    public sealed class BackoffPolicy
    {
        /// <summary>Lowest jitter factor, in thousandths of the nominal delay.</summary>
        public const int MinJitterPermille = 500;

        /// <summary>Highest jitter factor, in thousandths of the nominal delay.</summary>
        public const int MaxJitterPermille = 1500;

        private const int MaxStepSeconds = 86400;

        private static readonly int[] KnownGoodScheduleSeconds = new int[] { 1, 2, 4, 10, 30, 60 };

        // How long a streak of failures has lasted (s) before the cap grows, and to what (s).
        private static readonly int[] LongOutageAfterSeconds = new int[] { 600, 3600, 21600 };
        private static readonly int[] LongOutageCapSeconds = new int[] { 300, 900, 1800 };

        private static readonly int[] NoGrowth = new int[0];

        private readonly IRandomSource _random;
        private readonly int[] _scheduleSeconds;
        private readonly int[] _growthAfterSeconds;
        private readonly int[] _growthCapSeconds;
        private readonly byte[] _draw = new byte[2];

        /// <summary>
        /// Creates the policy with the default schedule: 1, 2, 4, 10, 30, 60 s, then a cap of 60 s
        /// that grows to 5 min after 10 min of failures, 15 min after 1 h and 30 min after 6 h.
        /// </summary>
        /// <param name="random">Source of jitter (need not be cryptographic, but the device RNG is at hand).</param>
        public BackoffPolicy(IRandomSource random)
            : this(random, KnownGoodScheduleSeconds, LongOutageAfterSeconds, LongOutageCapSeconds)
        {
        }

        /// <summary>
        /// The default steps 1, 2, 4, 10, 30, 60 s with a cap that never grows: for retries that load no
        /// server (joining Wi-Fi, setting the clock), where the device should be back soon after the network.
        /// </summary>
        /// <param name="random">Source of jitter.</param>
        /// <returns>The policy.</returns>
        public static BackoffPolicy WithoutGrowth(IRandomSource random)
        {
            return new BackoffPolicy(random, KnownGoodScheduleSeconds);
        }

        /// <summary>Creates the policy with another schedule; its last step is the cap, which does not grow.</summary>
        /// <param name="random">Source of jitter.</param>
        /// <param name="scheduleSeconds">Nominal delays after the 1st, 2nd... failure: positive, non-decreasing, at most a day.</param>
        public BackoffPolicy(IRandomSource random, int[] scheduleSeconds)
            : this(random, scheduleSeconds, NoGrowth, NoGrowth)
        {
        }

        /// <summary>Creates the policy with another schedule and a cap that grows while failures go on.</summary>
        /// <param name="random">Source of jitter.</param>
        /// <param name="scheduleSeconds">Nominal delays after the 1st, 2nd... failure: positive, non-decreasing, at most a day.</param>
        /// <param name="growthAfterSeconds">How long a streak must have lasted for each larger cap: increasing, 1..86400 s (empty: no growth).</param>
        /// <param name="growthCapSeconds">The cap from each of those times on: as many, non-decreasing, 1..86400 s.</param>
        public BackoffPolicy(IRandomSource random, int[] scheduleSeconds, int[] growthAfterSeconds, int[] growthCapSeconds)
        {
            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            if (scheduleSeconds == null || scheduleSeconds.Length == 0)
            {
                throw new ArgumentException("backoff schedule is empty", "scheduleSeconds");
            }

            CheckSteps(scheduleSeconds, false, "scheduleSeconds");
            if (growthAfterSeconds == null || growthCapSeconds == null || growthAfterSeconds.Length != growthCapSeconds.Length)
            {
                throw new ArgumentException("cap growth needs as many caps as times", "growthCapSeconds");
            }

            CheckSteps(growthAfterSeconds, true, "growthAfterSeconds");
            CheckSteps(growthCapSeconds, false, "growthCapSeconds");
            _random = random;
            _scheduleSeconds = Copy(scheduleSeconds);
            _growthAfterSeconds = Copy(growthAfterSeconds);
            _growthCapSeconds = Copy(growthCapSeconds);
        }

        /// <summary>The cap before it grows: the nominal delay from the last schedule step on, for the first failures of a streak.</summary>
        public TimeSpan Cap
        {
            get { return Seconds(_scheduleSeconds[_scheduleSeconds.Length - 1]); }
        }

        /// <summary>The cap once it has grown as far as it goes (the cap itself when it does not grow).</summary>
        public TimeSpan LongestCap
        {
            get { return CapAfter(TimeSpan.MaxValue); }
        }

        /// <summary>The longest delay ever drawn: 1.5 x <see cref="LongestCap"/> (45 min with the default schedule).</summary>
        public TimeSpan LongestMaxDelay
        {
            get { return Jittered(LongestCap, MaxJitterPermille); }
        }

        /// <summary>The cap in effect once a streak of failures has lasted <paramref name="failingFor"/>.</summary>
        /// <param name="failingFor">Time since the streak's first failure (negative counts as zero).</param>
        /// <returns>The last schedule step, or the largest grown cap whose time has come, whichever is longer.</returns>
        public TimeSpan CapAfter(TimeSpan failingFor)
        {
            int cap = _scheduleSeconds[_scheduleSeconds.Length - 1];
            for (int i = 0; i < _growthAfterSeconds.Length; i++)
            {
                if (failingFor >= Seconds(_growthAfterSeconds[i]) && _growthCapSeconds[i] > cap)
                {
                    cap = _growthCapSeconds[i];
                }
            }

            return Seconds(cap);
        }

        /// <summary>Nominal (un-jittered) delay after the <paramref name="failureCount"/>-th consecutive failure, at the start of a streak (the cap has not grown).</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more (any size: the cap applies).</param>
        /// <returns>The nominal delay.</returns>
        public TimeSpan NominalDelay(int failureCount)
        {
            return NominalDelay(failureCount, TimeSpan.Zero);
        }

        /// <summary>Nominal (un-jittered) delay after the <paramref name="failureCount"/>-th consecutive failure of a streak that has lasted <paramref name="failingFor"/>.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more (any size).</param>
        /// <param name="failingFor">Time since the streak's first failure.</param>
        /// <returns>The schedule's step; past the last step, the cap grown for <paramref name="failingFor"/>.</returns>
        public TimeSpan NominalDelay(int failureCount, TimeSpan failingFor)
        {
            CheckFailureCount(failureCount);
            if (failureCount > _scheduleSeconds.Length)
            {
                // Only once the steps ran out: a streak always begins 1, 2, 4... whatever the clock did.
                return CapAfter(failingFor);
            }

            return Seconds(_scheduleSeconds[failureCount - 1]);
        }

        /// <summary>Shortest delay <see cref="NextDelay(int)"/> can return for this failure count.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>Half the nominal delay.</returns>
        public TimeSpan MinDelay(int failureCount)
        {
            return MinDelay(failureCount, TimeSpan.Zero);
        }

        /// <summary>Shortest delay <see cref="NextDelay(int, TimeSpan)"/> can return.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <param name="failingFor">Time since the streak's first failure.</param>
        /// <returns>Half the nominal delay.</returns>
        public TimeSpan MinDelay(int failureCount, TimeSpan failingFor)
        {
            return Jittered(NominalDelay(failureCount, failingFor), MinJitterPermille);
        }

        /// <summary>Longest delay <see cref="NextDelay(int)"/> can return for this failure count.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>One and a half times the nominal delay.</returns>
        public TimeSpan MaxDelay(int failureCount)
        {
            return MaxDelay(failureCount, TimeSpan.Zero);
        }

        /// <summary>Longest delay <see cref="NextDelay(int, TimeSpan)"/> can return.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <param name="failingFor">Time since the streak's first failure.</param>
        /// <returns>One and a half times the nominal delay.</returns>
        public TimeSpan MaxDelay(int failureCount, TimeSpan failingFor)
        {
            return Jittered(NominalDelay(failureCount, failingFor), MaxJitterPermille);
        }

        /// <summary>Draws the delay after the <paramref name="failureCount"/>-th consecutive failure, at the start of a streak.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>A delay within <see cref="MinDelay(int)"/>..<see cref="MaxDelay(int)"/>.</returns>
        public TimeSpan NextDelay(int failureCount)
        {
            return NextDelay(failureCount, TimeSpan.Zero);
        }

        /// <summary>Draws the delay after the <paramref name="failureCount"/>-th consecutive failure of a streak that has lasted <paramref name="failingFor"/>.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <param name="failingFor">Time since the streak's first failure.</param>
        /// <returns>A delay within <see cref="MinDelay(int, TimeSpan)"/>..<see cref="MaxDelay(int, TimeSpan)"/>.</returns>
        public TimeSpan NextDelay(int failureCount, TimeSpan failingFor)
        {
            TimeSpan nominal = NominalDelay(failureCount, failingFor);
            _random.NextBytes(_draw);
            int draw = (_draw[0] << 8) | _draw[1];

            // 0..65535 spread over 500..1500 permille, both ends reachable.
            int permille = MinJitterPermille + ((draw * (MaxJitterPermille - MinJitterPermille)) / 65535);
            return Jittered(nominal, permille);
        }

        /// <summary>When the next attempt may start after the <paramref name="failureCount"/>-th consecutive failure at <paramref name="now"/>, at the start of a streak.</summary>
        /// <param name="now">Time of the failure (UTC).</param>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>The earliest time of the next attempt.</returns>
        public DateTime NextAttemptTime(DateTime now, int failureCount)
        {
            return now + NextDelay(failureCount);
        }

        /// <summary>When the next attempt may start after the <paramref name="failureCount"/>-th consecutive failure at <paramref name="now"/> of a streak that began at <paramref name="firstFailure"/>.</summary>
        /// <param name="now">Time of the failure (UTC).</param>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <param name="firstFailure">Time of the streak's first failure (UTC); a later one counts as now.</param>
        /// <returns>The earliest time of the next attempt.</returns>
        public DateTime NextAttemptTime(DateTime now, int failureCount, DateTime firstFailure)
        {
            return now + NextDelay(failureCount, firstFailure < now ? now - firstFailure : TimeSpan.Zero);
        }

        private static TimeSpan Jittered(TimeSpan nominal, int permille)
        {
            return TimeSpan.FromTicks((nominal.Ticks * permille) / 1000);
        }

        private static TimeSpan Seconds(int seconds)
        {
            return TimeSpan.FromTicks(seconds * TimeSpan.TicksPerSecond);
        }

        private static int[] Copy(int[] values)
        {
            int[] copy = new int[values.Length];
            Array.Copy(values, copy, values.Length);
            return copy;
        }

        private static void CheckSteps(int[] steps, bool increasing, string name)
        {
            for (int i = 0; i < steps.Length; i++)
            {
                bool outOfOrder = i > 0 && (increasing ? steps[i] <= steps[i - 1] : steps[i] < steps[i - 1]);
                if (steps[i] < 1 || steps[i] > MaxStepSeconds || outOfOrder)
                {
                    throw new ArgumentException("backoff step " + i + " of " + name + " must be 1..86400 s and " + (increasing ? "longer than" : "not shorter than") + " the one before", name);
                }
            }
        }

        private static void CheckFailureCount(int failureCount)
        {
            if (failureCount < 1)
            {
                throw new ArgumentOutOfRangeException("failureCount", "failure count must be 1 or more (it counts the failure just seen)");
            }
        }
    }
}
