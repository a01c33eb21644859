using System;
using DeviceFirmware.Crypto;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Crypto
{
    [TestClass]
    public class Crc32Tests
    {
        // Check value of CRC-32/ISO-HDLC (the IEEE 802.3 CRC) in the CRC RevEng catalogue.
        [TestMethod]
        public static void CheckValue()
        {
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(Hex.Ascii("123456789")));
        }

        [TestMethod]
        public static void EmptyInputIsZero()
        {
            Assert.AreEqual(0u, Crc32.Compute(new byte[0]));
        }

        // Values from zlib's crc32().
        [TestMethod]
        public static void KnownVectors()
        {
            Assert.AreEqual(0xE8B7BE43u, Crc32.Compute(Hex.Ascii("a")));
            Assert.AreEqual(0x352441C2u, Crc32.Compute(Hex.Ascii("abc")));
            Assert.AreEqual(0x414FA339u, Crc32.Compute(Hex.Ascii("The quick brown fox jumps over the lazy dog")));
            Assert.AreEqual(0x2144DF1Cu, Crc32.Compute(new byte[] { 0, 0, 0, 0 }));
            Assert.AreEqual(0xFFFFFFFFu, Crc32.Compute(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }));
        }

        [TestMethod]
        public static void RangeOfABufferEqualsTheSameBytesAlone()
        {
            byte[] framed = Hex.Ascii("xx123456789yyy");
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(framed, 2, 9));
            Assert.AreEqual(0u, Crc32.Compute(framed, 14, 0));
        }

        [TestMethod]
        public static void EveryBitFlipChangesTheCrc()
        {
            byte[] data = Hex.Ascii("token record");
            uint original = Crc32.Compute(data);
            for (int i = 0; i < data.Length * 8; i++)
            {
                data[i / 8] ^= (byte)(1 << (i % 8));
                Assert.AreNotEqual(original, Crc32.Compute(data));
                data[i / 8] ^= (byte)(1 << (i % 8));
            }
        }

        [TestMethod]
        public static void RejectsBadArguments()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => Crc32.Compute(null));
            Assert.ThrowsException(typeof(ArgumentNullException), () => Crc32.Compute(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Crc32.Compute(new byte[4], 2, 3));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Crc32.Compute(new byte[4], -1, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Crc32.Compute(new byte[4], 0, -1));
        }
    }
}
