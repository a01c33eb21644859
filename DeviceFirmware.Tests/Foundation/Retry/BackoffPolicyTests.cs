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
        public static void NoDelayEverExceedsNinetySeconds()
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
    }
}
