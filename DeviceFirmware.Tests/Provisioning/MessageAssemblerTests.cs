using System;
using System.Collections;
using DeviceFirmware.Provisioning;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Provisioning
{
    [TestClass]
    public class MessageAssemblerTests
    {
        private static readonly DateTime Now = new DateTime(2024, 5, 1, 12, 0, 0);

        [TestMethod]
        public static void FramesReassembleAtEveryMtu()
        {
            int[] mtus = new int[] { 23, 185, 512 };
            for (int m = 0; m < mtus.Length; m++)
            {
                MessageAssembler assembler = new MessageAssembler(512);
                byte[] message = Hex.Repeat('q', 300);
                ArrayList frames = FrameCodec.Split(3, message, mtus[m]);
                for (int i = 0; i < frames.Count; i++)
                {
                    Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[i], Now));
                    if (i < frames.Count - 1)
                    {
                        Assert.IsNull(assembler.TakeCompleted(), "not complete yet");
                    }
                }

                CollectionAssert.AreEqual(message, assembler.TakeCompleted());
                Assert.IsNull(assembler.TakeCompleted(), "taken once");
            }
        }

        [TestMethod]
        public static void DeclaredLengthOverTheLimitIsRefused()
        {
            MessageAssembler assembler = new MessageAssembler(32);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('s', 33), 23);
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, assembler.Accept((byte[])frames[0], Now));
            Assert.IsFalse(assembler.InProgress, "nothing started");
        }

        [TestMethod]
        public static void SequenceGapIsOutOfOrderAndKeepsThePartialMessage()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('a', 60), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[0], Now));
            Assert.AreEqual(ProvisioningErrors.FrameOutOfOrder, assembler.Accept((byte[])frames[2], Now));
            for (int i = 1; i < frames.Count; i++)
            {
                Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[i], Now));
            }

            CollectionAssert.AreEqual(Hex.Repeat('a', 60), assembler.TakeCompleted());
        }

        [TestMethod]
        public static void ContinuationWithoutFirstFrameIsOutOfOrder()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('a', 60), 23);
            Assert.AreEqual(ProvisioningErrors.FrameOutOfOrder, assembler.Accept((byte[])frames[1], Now));
        }

        [TestMethod]
        public static void ContinuationOfAnotherMessageIsOutOfOrder()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList first = FrameCodec.Split(1, Hex.Repeat('a', 60), 23);
            ArrayList other = FrameCodec.Split(2, Hex.Repeat('b', 60), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])first[0], Now));
            Assert.AreEqual(ProvisioningErrors.FrameOutOfOrder, assembler.Accept((byte[])other[1], Now));
            Assert.IsTrue(assembler.InProgress, "first message kept");
        }

        [TestMethod]
        public static void RepeatedFrameIsDuplicateAndIgnored()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('d', 40), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[0], Now));
            Assert.AreEqual(ProvisioningErrors.FrameDuplicate, assembler.Accept((byte[])frames[0], Now));
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[1], Now));
            Assert.AreEqual(ProvisioningErrors.FrameDuplicate, assembler.Accept((byte[])frames[1], Now));
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[2], Now));
            CollectionAssert.AreEqual(Hex.Repeat('d', 40), assembler.TakeCompleted());
        }

        [TestMethod]
        public static void RetransmittedLastFrameAfterCompletionIsDuplicate()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            byte[] frame = (byte[])FrameCodec.Split(4, Hex.Ascii("ok"), 23)[0];
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept(frame, Now));
            Assert.IsNotNull(assembler.TakeCompleted());
            Assert.AreEqual(ProvisioningErrors.FrameDuplicate, assembler.Accept(frame, Now));
            Assert.IsNull(assembler.TakeCompleted(), "nothing new");
        }

        [TestMethod]
        public static void CrcMismatchDropsTheMessage()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            byte[] frame = (byte[])FrameCodec.Split(1, Hex.Ascii("value"), 23)[0];
            frame[6] ^= 0x20;
            Assert.AreEqual(ProvisioningErrors.CrcMismatch, assembler.Accept(frame, Now));
            Assert.IsNull(assembler.TakeCompleted(), "dropped");
            Assert.IsFalse(assembler.InProgress, "nothing kept");
        }

        [TestMethod]
        public static void LastFlagInTheWrongPlaceIsLengthMismatch()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('z', 40), 23);
            byte[] early = (byte[])((byte[])frames[0]).Clone();
            early[1] |= FrameCodec.FlagLast;
            Assert.AreEqual(ProvisioningErrors.LengthMismatch, assembler.Accept(early, Now));

            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[0], Now));
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[1], Now));
            byte[] unflagged = (byte[])((byte[])frames[2]).Clone();
            unflagged[1] = 0;
            Assert.AreEqual(ProvisioningErrors.LengthMismatch, assembler.Accept(unflagged, Now));
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[2], Now));
            CollectionAssert.AreEqual(Hex.Repeat('z', 40), assembler.TakeCompleted());
        }

        [TestMethod]
        public static void MoreBytesThanDeclaredIsLengthMismatch()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            byte[] frame = (byte[])FrameCodec.Split(1, Hex.Ascii("abc"), 23)[0];
            byte[] longer = new byte[frame.Length + 1];
            Array.Copy(frame, longer, frame.Length);
            Assert.AreEqual(ProvisioningErrors.LengthMismatch, assembler.Accept(longer, Now));
        }

        [TestMethod]
        public static void NewFirstFrameReplacesAPartialMessage()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList abandoned = FrameCodec.Split(1, Hex.Repeat('a', 60), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])abandoned[0], Now));
            byte[] fresh = (byte[])FrameCodec.Split(2, Hex.Ascii("fresh"), 23)[0];
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept(fresh, Now));
            CollectionAssert.AreEqual(Hex.Ascii("fresh"), assembler.TakeCompleted());
            Assert.AreEqual(ProvisioningErrors.FrameOutOfOrder, assembler.Accept((byte[])abandoned[1], Now));
        }

        [TestMethod]
        public static void RefusedFirstFrameKeepsThePartialMessage()
        {
            MessageAssembler assembler = new MessageAssembler(64);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('k', 40), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[0], Now));
            Assert.AreEqual(ProvisioningErrors.ValueTooLong, assembler.Accept((byte[])FrameCodec.Split(9, Hex.Repeat('x', 65), 23)[0], Now));
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[1], Now));
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[2], Now));
            CollectionAssert.AreEqual(Hex.Repeat('k', 40), assembler.TakeCompleted());
        }

        [TestMethod]
        public static void StalledMessageExpiresAndItsContinuationSaysSo()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList frames = FrameCodec.Split(5, Hex.Repeat('e', 60), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[0], Now));
            Assert.IsFalse(assembler.ExpireIfIdle(Now.AddSeconds(30), new TimeSpan(0, 0, 30)), "30 s is still fine");
            Assert.IsTrue(assembler.ExpireIfIdle(Now.AddSeconds(31), new TimeSpan(0, 0, 30)), "31 s expires");
            Assert.AreEqual(ProvisioningErrors.MessageExpired, assembler.Accept((byte[])frames[1], Now.AddSeconds(32)));
            for (int i = 0; i < frames.Count; i++)
            {
                Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[i], Now.AddSeconds(33)));
            }

            CollectionAssert.AreEqual(Hex.Repeat('e', 60), assembler.TakeCompleted());
        }

        [TestMethod]
        public static void DiscardForgetsEverything()
        {
            MessageAssembler assembler = new MessageAssembler(512);
            ArrayList frames = FrameCodec.Split(1, Hex.Repeat('a', 60), 23);
            Assert.AreEqual(ProvisioningErrors.None, assembler.Accept((byte[])frames[0], Now));
            assembler.Discard();
            Assert.IsFalse(assembler.InProgress, "discarded");
            Assert.AreEqual(ProvisioningErrors.FrameOutOfOrder, assembler.Accept((byte[])frames[1], Now));
        }
    }
}
