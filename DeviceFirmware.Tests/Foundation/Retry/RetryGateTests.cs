using System;
using DeviceFirmware.Retry;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Retry
{
    [TestClass]
    public class RetryGateTests
    {
        [TestMethod]
        public static void OpenUntilAFailureThenClosedForTheDelay()
        {
            DateTime now = new DateTime(2025, 1, 1, 12, 0, 0);
            RetryGate gate = new RetryGate(new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x00 })));
            Assert.IsTrue(gate.IsOpen(now));
            DateTime notBefore = gate.RecordFailure(now);
            Assert.AreEqual(now + TimeSpan.FromTicks(5000000), notBefore);
            Assert.AreEqual(notBefore, gate.NotBefore);
            Assert.AreEqual(1, gate.FailureCount);
            Assert.IsFalse(gate.IsOpen(now));
            Assert.IsFalse(gate.IsOpen(notBefore - TimeSpan.FromTicks(1)));
            Assert.IsTrue(gate.IsOpen(notBefore));
        }

        [TestMethod]
        public static void ConsecutiveFailuresFollowTheSchedule()
        {
            DateTime now = new DateTime(2025, 1, 1, 12, 0, 0);
            RetryGate gate = new RetryGate(new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x00 })));
            int[] halfSeconds = new int[] { 1, 2, 4, 10, 30, 60, 60, 60 };
            for (int i = 0; i < halfSeconds.Length; i++)
            {
                DateTime notBefore = gate.RecordFailure(now);
                Assert.AreEqual(TimeSpan.FromTicks(halfSeconds[i] * TimeSpan.TicksPerSecond / 2), notBefore - now);
                now = notBefore;
            }

            gate.RecordSuccess();
            Assert.AreEqual(0, gate.FailureCount);
            Assert.IsTrue(gate.IsOpen(now));
            Assert.AreEqual(now + TimeSpan.FromTicks(5000000), gate.RecordFailure(now));
        }

        [TestMethod]
        public static void ADayOfFailuresCostsEightyOneAttemptsNotFourteenHundred()
        {
            // Midpoint draws give the nominal delays: an attempt at every NotBefore for 24 h.
            DateTime now = new DateTime(2025, 1, 1, 12, 0, 0);
            DateTime end = now + TimeSpan.FromTicks(TimeSpan.TicksPerDay);
            RetryGate gate = new RetryGate(new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 })));
            int attempts = 0;
            while (now < end)
            {
                Assert.IsTrue(gate.IsOpen(now));
                attempts++;
                DateTime notBefore = gate.RecordFailure(now);
                Assert.IsTrue(notBefore - now <= TimeSpan.FromTicks(1800 * TimeSpan.TicksPerSecond), "no nominal delay above 30 min");
                now = notBefore;
            }

            Assert.AreEqual(81, attempts);
        }

        [TestMethod]
        public static void TheDelayGrowsWithTheStreakAndTheFirstSuccessResetsIt()
        {
            DateTime start = new DateTime(2025, 1, 1, 12, 0, 0);
            RetryGate gate = new RetryGate(new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 })));
            for (int i = 0; i < 6; i++)
            {
                gate.RecordFailure(start);
            }

            Assert.AreEqual(start, gate.FailingSince);
            Assert.AreEqual(Seconds(60), gate.RecordFailure(start + Seconds(599)) - (start + Seconds(599)));
            Assert.AreEqual(Seconds(300), gate.RecordFailure(start + Seconds(600)) - (start + Seconds(600)));
            Assert.AreEqual(Seconds(900), gate.RecordFailure(start + Seconds(3600)) - (start + Seconds(3600)));
            DateTime late = start + Seconds(30000);
            Assert.AreEqual(Seconds(1800), gate.RecordFailure(late) - late);

            gate.RecordSuccess();
            Assert.IsTrue(gate.IsOpen(late));
            DateTime again = late + Seconds(10);
            Assert.AreEqual(Seconds(1), gate.RecordFailure(again) - again);
            Assert.AreEqual(again, gate.FailingSince);
            for (int i = 0; i < 6; i++)
            {
                gate.RecordFailure(again);
            }

            Assert.AreEqual(Seconds(60), gate.NotBefore - again);
        }

        [TestMethod]
        public static void AfterAnyOutageTheNextAttemptComesWithinOneCappedPeriod()
        {
            // Highest draws: the longest waits. A server back right after a failure is tried again within 45 min.
            DateTime now = new DateTime(2025, 1, 1, 12, 0, 0);
            DateTime end = now + TimeSpan.FromTicks(3 * TimeSpan.TicksPerDay);
            BackoffPolicy policy = new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0xFF }));
            RetryGate gate = new RetryGate(policy);
            TimeSpan longest = TimeSpan.Zero;
            while (now < end)
            {
                DateTime notBefore = gate.RecordFailure(now);
                if (notBefore - now > longest)
                {
                    longest = notBefore - now;
                }

                now = notBefore;
            }

            Assert.AreEqual(policy.LongestMaxDelay, longest);
            Assert.AreEqual(Seconds(2700), longest);
        }

        [TestMethod]
        public static void AClockThatWentBackRestartsTheStreakAgeNotItsCount()
        {
            DateTime start = new DateTime(2025, 1, 1, 12, 0, 0);
            RetryGate gate = new RetryGate(new BackoffPolicy(new ScriptedRandomSource(new byte[] { 0x80, 0x00 })));
            for (int i = 0; i < 10; i++)
            {
                gate.RecordFailure(start);
            }

            DateTime earlier = start - Seconds(7200);
            Assert.AreEqual(Seconds(60), gate.RecordFailure(earlier) - earlier);
            Assert.AreEqual(earlier, gate.FailingSince);
            Assert.AreEqual(11, gate.FailureCount);
            Assert.AreEqual(Seconds(900), gate.RecordFailure(earlier + Seconds(3600)) - (earlier + Seconds(3600)));
        }

        private static TimeSpan Seconds(int seconds)
        {
            return TimeSpan.FromTicks(seconds * TimeSpan.TicksPerSecond);
        }
    }
}
