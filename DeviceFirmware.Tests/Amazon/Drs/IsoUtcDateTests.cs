using System;
using DeviceFirmware.Drs;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Drs
{
    [TestClass]
    public class IsoUtcDateTests
    {
        [TestMethod]
        public static void TheDocumentedExampleIsWrittenExactly()
        {
            Assert.AreEqual("2015-12-21T10:00:00Z", IsoUtcDate.Format(new DateTime(2015, 12, 21, 10, 0, 0)));
        }

        [TestMethod]
        public static void EveryFieldIsZeroPadded()
        {
            Assert.AreEqual("2025-03-01T08:05:09Z", IsoUtcDate.Format(new DateTime(2025, 3, 1, 8, 5, 9)));
            Assert.AreEqual("2024-12-31T23:59:59Z", IsoUtcDate.Format(new DateTime(2024, 12, 31, 23, 59, 59)));
            Assert.AreEqual("2024-02-29T00:00:00Z", IsoUtcDate.Format(new DateTime(2024, 2, 29)));
        }

        [TestMethod]
        public static void FractionsOfASecondAreDropped()
        {
            DateTime time = new DateTime(2025, 3, 1, 8, 0, 0) + TimeSpan.FromTicks(9999999);
            Assert.AreEqual("2025-03-01T08:00:00Z", IsoUtcDate.Format(time));
        }

        [TestMethod]
        public static void AClockThatWasNeverSetIsRefused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => IsoUtcDate.Format(new DateTime(999, 1, 1)));
        }
    }
}
