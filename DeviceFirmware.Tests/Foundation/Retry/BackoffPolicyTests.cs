using System;
using DeviceFirmware.Retry;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Retry
{
    [TestClass]
    public class BackoffPolicyTests
    {
        private static readonly int[] KnownGood = new int[] { 1, 2, 4, 10, 30, 60 };

        [TestMethod]
        public static void NominalScheduleIsTheKnownGoodOneThenTheCap()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(0));
            for (int n = 1; n <= KnownGood.Length; n++)
            {
                Assert.AreEqual(TimeSpan.FromTicks(KnownGood[n - 1] * TimeSpan.TicksPerSecond), policy.NominalDelay(n));
            }

            Assert.AreEqual(TimeSpan.FromTicks(60 * TimeSpan.TicksPerSecond), policy.NominalDelay(7));
            Assert.AreEqual(TimeSpan.FromTicks(60 * TimeSpan.TicksPerSecond), policy.NominalDelay(1000));
            Assert.AreEqual(TimeSpan.FromTicks(60 * TimeSpan.TicksPerSecond), policy.NominalDelay(int.MaxValue));
            Assert.AreEqual(TimeSpan.FromTicks(60 * TimeSpan.TicksPerSecond), policy.Cap);
        }

        [TestMethod]
        public static void EveryDrawStaysWithinHalfAndOneAndAHalfOfNominal()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(7));
            int[] attempts = new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 50, 1000, 65536, int.MaxValue - 1, int.MaxValue };
            for (int a = 0; a < attempts.Length; a++)
            {
                int n = attempts[a];
                long nominal = policy.NominalDelay(n).Ticks;
                Assert.AreEqual(nominal / 2, policy.MinDelay(n).Ticks);
                Assert.AreEqual((nominal * 3) / 2, policy.MaxDelay(n).Ticks);
                for (int draw = 0; draw < 200; draw++)
                {
                    long ticks = policy.NextDelay(n).Ticks;
                    Assert.IsTrue(ticks >= nominal / 2, "below half at attempt " + n);
                    Assert.IsTrue(ticks <= (nominal * 3) / 2, "above one and a half at attempt " + n);
                }
            }
        }

        [TestMethod]
        public static void NoDelayAtTheStartOfAStreakExceedsNinetySeconds()
        {
            BackoffPolicy policy = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0xFF }));
            for (int n = 1; n < 40; n++)
            {
                Assert.IsTrue(policy.NextDelay(n) <= TimeSpan.FromTicks(90 * TimeSpan.TicksPerSecond), "attempt " + n);
            }

            Assert.AreEqual(TimeSpan.FromTicks(90 * TimeSpan.TicksPerSecond), policy.NextDelay(int.MaxValue));
        }

        [TestMethod]
        public static void ExtremeDrawsReachTheBounds()
        {
            BackoffPolicy lowest = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x00 }));
            BackoffPolicy highest = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0xFF }));
            for (int n = 1; n <= 7; n++)
            {
                Assert.AreEqual(lowest.MinDelay(n), lowest.NextDelay(n));
                Assert.AreEqual(highest.MaxDelay(n), highest.NextDelay(n));
            }

            // 1 s nominal: 0.5 s and 1.5 s exactly.
            Assert.AreEqual(TimeSpan.FromTicks(5000000), lowest.NextDelay(1));
            Assert.AreEqual(TimeSpan.FromTicks(15000000), highest.NextDelay(1));
        }

        [TestMethod]
        public static void SameRandomBytesGiveTheSameSchedule()
        {
            byte[] script = new byte[] { 0x12, 0x34, 0x80, 0x00, 0xAB, 0xCD, 0x00, 0x01, 0xFE, 0xFF };
            BackoffPolicy first = new BackoffPolicy(new ScriptedRandomSource(script));
            BackoffPolicy second = new BackoffPolicy(new ScriptedRandomSource(script));
            for (int n = 1; n <= 12; n++)
            {
                Assert.AreEqual(first.NextDelay(n), second.NextDelay(n));
            }
        }

        [TestMethod]
        public static void MidpointDrawGivesAboutNominal()
        {
            // 0x8000 = 32768 of 65535: 500 + 32768000/65535 = 1000 permille.
            BackoffPolicy policy = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 }));
            Assert.AreEqual(TimeSpan.FromTicks(10 * TimeSpan.TicksPerSecond), policy.NextDelay(4));
        }

        [TestMethod]
        public static void NextAttemptTimeIsNowPlusTheDelay()
        {
            DateTime now = new DateTime(2025, 1, 1, 12, 0, 0);
            BackoffPolicy policy = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x00 }));
            Assert.AreEqual(now + TimeSpan.FromTicks(15 * TimeSpan.TicksPerSecond), policy.NextAttemptTime(now, 5));
        }

        [TestMethod]
        public static void RefusesBadArguments()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => policy.NominalDelay(0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => policy.NextDelay(-1));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new BackoffPolicy(null));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(ScriptedRandomSource.Counting(0), new int[0]));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(ScriptedRandomSource.Counting(0), new int[] { 2, 1 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(ScriptedRandomSource.Counting(0), new int[] { 0 }));
        }

        [TestMethod]
        public static void CustomScheduleCapsAtItsLastStep()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(0), new int[] { 5, 20 });
            Assert.AreEqual(TimeSpan.FromTicks(5 * TimeSpan.TicksPerSecond), policy.NominalDelay(1));
            Assert.AreEqual(TimeSpan.FromTicks(20 * TimeSpan.TicksPerSecond), policy.NominalDelay(2));
            Assert.AreEqual(TimeSpan.FromTicks(20 * TimeSpan.TicksPerSecond), policy.NominalDelay(3));
        }

        [TestMethod]
        public static void DefaultCapGrowsAfterTenMinutesOneHourAndSixHoursOfFailures()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(0));
            Assert.AreEqual(Seconds(60), policy.NominalDelay(7, Seconds(599)));
            Assert.AreEqual(Seconds(300), policy.NominalDelay(7, Seconds(600)));
            Assert.AreEqual(Seconds(300), policy.NominalDelay(50, Seconds(3599)));
            Assert.AreEqual(Seconds(900), policy.NominalDelay(50, Seconds(3600)));
            Assert.AreEqual(Seconds(900), policy.NominalDelay(500, Seconds(21599)));
            Assert.AreEqual(Seconds(1800), policy.NominalDelay(500, Seconds(21600)));
            Assert.AreEqual(Seconds(1800), policy.NominalDelay(int.MaxValue, TimeSpan.MaxValue));
            Assert.AreEqual(Seconds(60), policy.Cap);
            Assert.AreEqual(Seconds(1800), policy.LongestCap);
            Assert.AreEqual(Seconds(900), policy.CapAfter(Seconds(7200)));
            Assert.AreEqual(Seconds(60), policy.CapAfter(Seconds(-7200)));
        }

        [TestMethod]
        public static void TheFirstSixStepsNeverGrowWhateverTheStreakLasted()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(0));
            for (int n = 1; n <= KnownGood.Length; n++)
            {
                Assert.AreEqual(Seconds(KnownGood[n - 1]), policy.NominalDelay(n, TimeSpan.FromTicks(TimeSpan.TicksPerDay)));
            }
        }

        [TestMethod]
        public static void NoDelayEverExceedsFortyFiveMinutes()
        {
            BackoffPolicy policy = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0xFF }));
            Assert.AreEqual(Seconds(2700), policy.LongestMaxDelay);
            Assert.AreEqual(Seconds(2700), policy.MaxDelay(7, Seconds(21600)));
            Assert.AreEqual(Seconds(900), policy.MinDelay(7, Seconds(21600)));
            Assert.AreEqual(Seconds(2700), policy.NextDelay(int.MaxValue, TimeSpan.MaxValue));
            Assert.AreEqual(Seconds(450), policy.NextDelay(8, Seconds(600)));
        }

        [TestMethod]
        public static void GrownDrawsStayWithinHalfAndOneAndAHalfOfNominal()
        {
            BackoffPolicy policy = new BackoffPolicy(ScriptedRandomSource.Counting(3));
            int[] ages = new int[] { 0, 600, 3600, 21600, 86400 };
            for (int a = 0; a < ages.Length; a++)
            {
                long nominal = policy.NominalDelay(9, Seconds(ages[a])).Ticks;
                for (int draw = 0; draw < 100; draw++)
                {
                    long ticks = policy.NextDelay(9, Seconds(ages[a])).Ticks;
                    Assert.IsTrue(ticks >= nominal / 2 && ticks <= (nominal * 3) / 2, "out of the jitter band at age " + ages[a]);
                }
            }
        }

        [TestMethod]
        public static void NextAttemptTimeCountsTheStreakFromItsFirstFailure()
        {
            DateTime first = new DateTime(2025, 1, 1, 12, 0, 0);
            DateTime now = first + Seconds(3600);
            BackoffPolicy policy = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 }));
            Assert.AreEqual(now + Seconds(900), policy.NextAttemptTime(now, 40, first));

            // A first failure after now (clock went back) counts as a streak just begun.
            Assert.AreEqual(now + Seconds(60), policy.NextAttemptTime(now, 40, now + Seconds(7200)));
        }

        [TestMethod]
        public static void CustomScheduleDoesNotGrowUnlessAskedTo()
        {
            BackoffPolicy fixedCap = new BackoffPolicy(ScriptedRandomSource.Counting(0), new int[] { 600, 1800, 3600 });
            Assert.AreEqual(Seconds(3600), fixedCap.NominalDelay(4, TimeSpan.FromTicks(TimeSpan.TicksPerDay)));
            Assert.AreEqual(Seconds(3600), fixedCap.LongestCap);

            BackoffPolicy growing = new BackoffPolicy(ScriptedRandomSource.Counting(0), new int[] { 5, 20 }, new int[] { 100, 200 }, new int[] { 10, 40 });
            Assert.AreEqual(Seconds(20), growing.NominalDelay(3, Seconds(150)));
            Assert.AreEqual(Seconds(40), growing.NominalDelay(3, Seconds(200)));
            Assert.AreEqual(Seconds(40), growing.LongestCap);
        }

        [TestMethod]
        public static void RefusesBadCapGrowth()
        {
            ScriptedRandomSource random = ScriptedRandomSource.Counting(0);
            int[] steps = new int[] { 1, 2 };
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(random, steps, new int[] { 60 }, new int[0]));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(random, steps, null, new int[0]));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(random, steps, new int[] { 60, 60 }, new int[] { 5, 6 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(random, steps, new int[] { 60, 120 }, new int[] { 6, 5 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(random, steps, new int[] { 60 }, new int[] { 86401 }));
            Assert.ThrowsException(typeof(ArgumentException), () => new BackoffPolicy(random, steps, new int[] { 0 }, new int[] { 5 }));
        }

        private static TimeSpan Seconds(int seconds)
        {
            return TimeSpan.FromTicks(seconds * TimeSpan.TicksPerSecond);
        }
    }
}
