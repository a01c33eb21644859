using System;
using DeviceFirmware.App;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.App
{
    [TestClass]
    public class WakeDelayTests
    {
        private static readonly DateTime Now = new DateTime(2025, 6, 1, 12, 0, 0);

        [TestMethod]
        public static void TheSleepIsClampedBetweenZeroAndTheBound()
        {
            Assert.AreEqual(new TimeSpan(0, 0, 0, 0, 200), WakeDelay.Until(Now, Now.AddMilliseconds(200), WakeDelay.Responsive));
            Assert.AreEqual(WakeDelay.Responsive, WakeDelay.Until(Now, Now.AddMinutes(10), WakeDelay.Responsive));
            Assert.AreEqual(WakeDelay.Responsive, WakeDelay.Until(Now, DateTime.MaxValue, WakeDelay.Responsive));
            Assert.AreEqual(TimeSpan.Zero, WakeDelay.Until(Now, Now.AddSeconds(-5), WakeDelay.Responsive));
            Assert.AreEqual(new TimeSpan(0, 0, 30), WakeDelay.Until(Now, Now.AddSeconds(30), new TimeSpan(0, 1, 0)));
        }

        [TestMethod]
        public static void ABoundMustBePositive()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => WakeDelay.Until(Now, Now, TimeSpan.Zero));
        }
    }
}
