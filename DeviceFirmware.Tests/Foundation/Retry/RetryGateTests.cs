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
    }
}
