using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Retry
{
    /// <summary>
    /// Capped exponential backoff with jitter for transient failures (5xx, timeouts, network
    /// errors). The default schedule is the known-good one from the LWA/DRS notes: 1, 2, 4, 10,
    /// 30, 60 s after the 1st..6th consecutive failure, then 60 s for ever (the cap). Each delay
    /// is drawn uniformly within +-50 % of the nominal one, so devices that lost the network
    /// together do not come back in step: after the n-th failure the wait is
    /// 0.5 x nominal(n) .. 1.5 x nominal(n), at most 90 s with the default schedule.
    /// The policy never sleeps: it says when the next attempt may start, and the clock-driven
    /// caller decides when to look again.
    /// </summary>
    public sealed class BackoffPolicy
    {
        /// <summary>Lowest jitter factor, in thousandths of the nominal delay.</summary>
        public const int MinJitterPermille = 500;

        /// <summary>Highest jitter factor, in thousandths of the nominal delay.</summary>
        public const int MaxJitterPermille = 1500;

        private static readonly int[] KnownGoodScheduleSeconds = new int[] { 1, 2, 4, 10, 30, 60 };

        private readonly IRandomSource _random;
        private readonly int[] _scheduleSeconds;
        private readonly byte[] _draw = new byte[2];

        /// <summary>Creates the policy with the known-good schedule 1, 2, 4, 10, 30, 60 s.</summary>
        /// <param name="random">Source of jitter (need not be cryptographic, but the device RNG is at hand).</param>
        public BackoffPolicy(IRandomSource random)
            : this(random, KnownGoodScheduleSeconds)
        {
        }

        /// <summary>Creates the policy with another schedule; its last step is the cap.</summary>
        /// <param name="random">Source of jitter.</param>
        /// <param name="scheduleSeconds">Nominal delays after the 1st, 2nd... failure: positive, non-decreasing, at most a day.</param>
        public BackoffPolicy(IRandomSource random, int[] scheduleSeconds)
        {
            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            if (scheduleSeconds == null || scheduleSeconds.Length == 0)
            {
                throw new ArgumentException("backoff schedule is empty", "scheduleSeconds");
            }

            for (int i = 0; i < scheduleSeconds.Length; i++)
            {
                if (scheduleSeconds[i] < 1 || scheduleSeconds[i] > 86400 || (i > 0 && scheduleSeconds[i] < scheduleSeconds[i - 1]))
                {
                    throw new ArgumentException("backoff schedule step " + i + " must be 1..86400 s and not shorter than the one before", "scheduleSeconds");
                }
            }

            _random = random;
            _scheduleSeconds = new int[scheduleSeconds.Length];
            Array.Copy(scheduleSeconds, _scheduleSeconds, scheduleSeconds.Length);
        }

        /// <summary>The cap: the nominal delay of every failure from the last schedule step on.</summary>
        public TimeSpan Cap
        {
            get { return TimeSpan.FromTicks(_scheduleSeconds[_scheduleSeconds.Length - 1] * TimeSpan.TicksPerSecond); }
        }

        /// <summary>Nominal (un-jittered) delay after the <paramref name="failureCount"/>-th consecutive failure.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more (any size: the cap applies).</param>
        /// <returns>The nominal delay.</returns>
        public TimeSpan NominalDelay(int failureCount)
        {
            CheckFailureCount(failureCount);
            int step = failureCount > _scheduleSeconds.Length ? _scheduleSeconds.Length - 1 : failureCount - 1;
            return TimeSpan.FromTicks(_scheduleSeconds[step] * TimeSpan.TicksPerSecond);
        }

        /// <summary>Shortest delay <see cref="NextDelay"/> can return for this failure count.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>Half the nominal delay.</returns>
        public TimeSpan MinDelay(int failureCount)
        {
            return Jittered(NominalDelay(failureCount), MinJitterPermille);
        }

        /// <summary>Longest delay <see cref="NextDelay"/> can return for this failure count.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>One and a half times the nominal delay.</returns>
        public TimeSpan MaxDelay(int failureCount)
        {
            return Jittered(NominalDelay(failureCount), MaxJitterPermille);
        }

        /// <summary>Draws the delay after the <paramref name="failureCount"/>-th consecutive failure.</summary>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>A delay within <see cref="MinDelay"/>..<see cref="MaxDelay"/>.</returns>
        public TimeSpan NextDelay(int failureCount)
        {
            TimeSpan nominal = NominalDelay(failureCount);
            _random.NextBytes(_draw);
            int draw = (_draw[0] << 8) | _draw[1];

            // 0..65535 spread over 500..1500 permille, both ends reachable.
            int permille = MinJitterPermille + ((draw * (MaxJitterPermille - MinJitterPermille)) / 65535);
            return Jittered(nominal, permille);
        }

        /// <summary>When the next attempt may start after the <paramref name="failureCount"/>-th consecutive failure at <paramref name="now"/>.</summary>
        /// <param name="now">Time of the failure (UTC).</param>
        /// <param name="failureCount">Consecutive failures so far, 1 or more.</param>
        /// <returns>The earliest time of the next attempt.</returns>
        public DateTime NextAttemptTime(DateTime now, int failureCount)
        {
            return now + NextDelay(failureCount);
        }

        private static TimeSpan Jittered(TimeSpan nominal, int permille)
        {
            return TimeSpan.FromTicks((nominal.Ticks * permille) / 1000);
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
