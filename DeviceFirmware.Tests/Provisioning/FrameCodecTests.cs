using System.Collections;
using DeviceFirmware.Crypto;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class FrameCodecTests
    {
        [TestMethod]
        public static void ShortMessageIsOneFrameWithLengthAndCrc()
        {
            ArrayList frames = FrameCodec.Split(7, Hex.Ascii("Home"), 23);
            Assert.AreEqual(1, frames.Count);
            byte[] frame = (byte[])frames[0];
            Assert.AreEqual(5 + 4 + 4, frame.Length);
            Assert.AreEqual((byte)7, frame[0]);
            Assert.AreEqual((byte)(FrameCodec.FlagFirst | FrameCodec.FlagLast), frame[1]);
            Assert.AreEqual((byte)0, frame[2]);
            Assert.AreEqual((byte)4, frame[3]);
            Assert.AreEqual((byte)0, frame[4]);
            Assert.AreEqual(Crc32.Compute(Hex.Ascii("Home")), FrameCodec.ReadCrc(frame, 9));
        }

        [TestMethod]
        public static void DocumentedExampleFramesAreProduced()
        {
            // docs/provisioning-protocol.md section 5: a 32-character code at MTU 23 and the SSID "Home".
            ArrayList frames = FrameCodec.Split(5, Hex.Ascii("ANdNAVhyhqirUelHGEHAzXqRlMkEpbbd"), 23);
            Assert.AreEqual(3, frames.Count);
            Assert.AreEqual("0501002000" + Hex.Of(Hex.Ascii("ANdNAVhyhqirUel")), Hex.Of((byte[])frames[0]));
            Assert.AreEqual("050001" + Hex.Of(Hex.Ascii("HGEHAzXqRlMkEpbbd")), Hex.Of((byte[])frames[1]));
            Assert.AreEqual("050202469e012a", Hex.Of((byte[])frames[2]));
            Assert.AreEqual("070300040048" + "6f6d65eea3e4d1", Hex.Of((byte[])FrameCodec.Split(7, Hex.Ascii("Home"), 23)[0]));
        }

        [TestMethod]
        public static void EveryFrameFitsOneWriteAtTheMinimumMtu()
        {
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('c', 80), 23);
            Assert.AreEqual(6, frames.Count);
            for (int i = 0; i < frames.Count; i++)
            {
                byte[] frame = (byte[])frames[i];
                Assert.IsTrue(frame.Length <= 20, "frame fits MTU 23");
                Assert.AreEqual((byte)i, frame[2]);
                Assert.AreEqual(i == 0, (frame[1] & FrameCodec.FlagFirst) != 0);
                Assert.AreEqual(i == frames.Count - 1, (frame[1] & FrameCodec.FlagLast) != 0);
            }
        }

        [TestMethod]
        public static void FrameCountMatchesSplitAcrossMtus()
        {
            int[] mtus = new int[] { 23, 24, 27, 50, 185, 247, 512, 517 };
            int[] lengths = new int[] { 1, 15, 16, 17, 32, 80, 128, 511, 512 };
            for (int m = 0; m < mtus.Length; m++)
            {
                for (int l = 0; l < lengths.Length; l++)
                {
                    int count = FrameCodec.Split(0, Hex.Repeat('x', lengths[l]), mtus[m]).Count;
                    Assert.AreEqual(count, FrameCodec.FrameCount(lengths[l], mtus[m]), "frame count");
                }
            }
        }

        [TestMethod]
        public static void LargestValueFitsOneFrameAtMtu517()
        {
            Assert.AreEqual(1, FrameCodec.Split(0, Hex.Repeat('u', 505), 517).Count);
            Assert.AreEqual(2, FrameCodec.Split(0, Hex.Repeat('u', 512), 517).Count);
            Assert.AreEqual(31, FrameCodec.Split(0, Hex.Repeat('u', 512), 23).Count);
        }

        [TestMethod]
        public static void FirstFrameParses()
        {
            byte error;
            Frame frame = FrameCodec.Parse(new byte[] { 9, 0x01, 0, 0x2C, 0x01, 65, 66 }, out error);
            Assert.AreEqual(ProvisioningErrors.None, error);
            Assert.IsTrue(frame.IsFirst, "first");
            Assert.IsFalse(frame.IsLast, "not last");
            Assert.AreEqual(300, frame.MessageLength);
            Assert.AreEqual(5, frame.ChunkOffset);
            Assert.AreEqual(2, frame.ChunkLength);
        }

        [TestMethod]
        public static void ContinuationFrameParses()
        {
            byte error;
            Frame frame = FrameCodec.Parse(new byte[] { 9, 0x02, 4, 1, 2, 3 }, out error);
            Assert.AreEqual(ProvisioningErrors.None, error);
            Assert.IsFalse(frame.IsFirst, "continuation");
            Assert.IsTrue(frame.IsLast, "last");
            Assert.AreEqual((byte)4, frame.Sequence);
            Assert.AreEqual(3, frame.ChunkLength);
        }

        [TestMethod]
        public static void BadHeadersAreMalformed()
        {
            AssertMalformed(null);
            AssertMalformed(new byte[0]);
            AssertMalformed(new byte[] { 1, 0x00, 1 });
            AssertMalformed(new byte[] { 1, 0x04, 1, 5 });
            AssertMalformed(new byte[] { 1, 0x81, 0, 1, 0, 65 });
            AssertMalformed(new byte[] { 1, 0x01, 0, 1, 0 });
            AssertMalformed(new byte[] { 1, 0x01, 3, 1, 0, 65 });
            AssertMalformed(new byte[] { 1, 0x03, 0, 0, 0, 65 });
        }

        private static void AssertMalformed(byte[] write)
        {
            byte error;
            Assert.IsNull(FrameCodec.Parse(write, out error), "no frame");
            Assert.AreEqual(ProvisioningErrors.FrameMalformed, error);
        }
    }
}
