using DeviceFirmware.Storage;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class SequenceNumberTests
    {
        [TestMethod]
        public static void LargerIsNewerWithoutWrap()
        {
            Assert.IsTrue(SequenceNumber.IsNewer(2, 1));
            Assert.IsFalse(SequenceNumber.IsNewer(1, 2));
            Assert.IsFalse(SequenceNumber.IsNewer(7, 7));
        }

        [TestMethod]
        public static void ZeroFollowsTheLargestValue()
        {
            Assert.AreEqual(0u, SequenceNumber.Next(0xFFFFFFFF));
            Assert.IsTrue(SequenceNumber.IsNewer(0, 0xFFFFFFFF));
            Assert.IsFalse(SequenceNumber.IsNewer(0xFFFFFFFF, 0));
            Assert.IsTrue(SequenceNumber.IsNewer(5, 0xFFFFFFF0));
        }

        [TestMethod]
        public static void NumbersHalfTheRangeApartAreNeitherNewer()
        {
            Assert.IsFalse(SequenceNumber.IsNewer(0x80000000, 0));
            Assert.IsFalse(SequenceNumber.IsNewer(0, 0x80000000));
            Assert.IsTrue(SequenceNumber.IsNewer(0x7FFFFFFF, 0));
        }
    }
}
