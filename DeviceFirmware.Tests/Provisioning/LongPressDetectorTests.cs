using System;
using DeviceFirmware.Provisioning;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class LongPressDetectorTests
    {
        private static readonly DateTime T0 = new DateTime(2024, 5, 1, 12, 0, 0);

        [TestMethod]
        public static void ReportsOnceAfterTheHoldTime()
        {
            LongPressDetector detector = new LongPressDetector(new TimeSpan(0, 0, 5));
            Assert.IsFalse(detector.Update(T0, true), "just pressed");
            Assert.IsFalse(detector.Update(T0.AddSeconds(4.9), true), "not yet");
            Assert.IsTrue(detector.Update(T0.AddSeconds(5), true), "five seconds");
            Assert.IsFalse(detector.Update(T0.AddSeconds(9), true), "only once per press");
        }

        [TestMethod]
        public static void ReleaseRestartsTheCount()
        {
            LongPressDetector detector = new LongPressDetector(new TimeSpan(0, 0, 5));
            detector.Update(T0, true);
            detector.Update(T0.AddSeconds(4), false);
            Assert.IsFalse(detector.Update(T0.AddSeconds(6), true), "pressed again");
            Assert.IsFalse(detector.Update(T0.AddSeconds(10), true), "four seconds into the new press");
            Assert.IsTrue(detector.Update(T0.AddSeconds(11), true), "five seconds into the new press");
        }

        [TestMethod]
        public static void ShortPressesNeverReport()
        {
            LongPressDetector detector = new LongPressDetector(new TimeSpan(0, 0, 5));
            for (int i = 0; i < 20; i++)
            {
                Assert.IsFalse(detector.Update(T0.AddSeconds(i), i % 2 == 0), "short presses");
            }
        }
    }
}
