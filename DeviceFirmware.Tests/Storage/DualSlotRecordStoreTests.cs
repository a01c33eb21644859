using System;
using System.IO;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class DualSlotRecordStoreTests
    {
        [TestMethod]
        public static void EmptyFlashLoadsNothingAndTouchesNothing()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);

            Assert.IsNull(store.Load());
            Assert.IsNull(store.CurrentSlot);
            Assert.AreEqual(0u, store.CurrentSequence);
            Assert.AreEqual(0, flash.WriteCount);
            Assert.AreEqual(0, flash.EraseCount);
        }

        [TestMethod]
        public static void SavesAlternateBetweenSlotsWithRisingSequence()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);

            Assert.IsTrue(store.Save(Payload(1)));
            Assert.AreEqual("blob.a", store.CurrentSlot);
            Assert.AreEqual(1u, store.CurrentSequence);
            Assert.IsTrue(store.Save(Payload(2)));
            Assert.AreEqual("blob.b", store.CurrentSlot);
            Assert.AreEqual(2u, store.CurrentSequence);
            Assert.IsTrue(store.Save(Payload(3)));
            Assert.AreEqual("blob.a", store.CurrentSlot);
            Assert.AreEqual(3u, store.CurrentSequence);
            Assert.AreEqual(2, flash.WritesTo("blob.a"));
            Assert.AreEqual(1, flash.WritesTo("blob.b"));

            DualSlotRecordStore rebooted = NewStore(flash);
            CollectionAssert.AreEqual(Payload(3), rebooted.Load());
            Assert.AreEqual("blob.a", rebooted.CurrentSlot);
            Assert.AreEqual(3u, rebooted.CurrentSequence);
        }

        [TestMethod]
        public static void IdenticalPayloadWritesNothing()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(5));
            flash.ResetCounters();

            Assert.IsFalse(store.Save(Payload(5)));
            Assert.IsFalse(NewStore(flash).Save(Payload(5)));
            Assert.AreEqual(0, flash.BytesWritten);
            Assert.AreEqual(0, flash.EraseCount);
        }

        [TestMethod]
        public static void ChangedPayloadWritesExactlyOneRecord()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(5));
            flash.ResetCounters();

            Assert.IsTrue(store.Save(Payload(6)));
            Assert.AreEqual(1, flash.WriteCount);
            Assert.AreEqual(RecordFrame.Overhead + Payload(6).Length, flash.BytesWritten);
            Assert.AreEqual(0, flash.EraseCount);
        }

        [TestMethod]
        public static void CorruptNewerSlotFallsBackToTheOlderOneWithoutRepair()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            store.Save(Payload(2));
            byte[] newer = flash.Read("blob.b");
            newer[RecordFrame.HeaderLength] ^= 0x01;
            flash.Write("blob.b", newer);
            flash.ResetCounters();
            RecordingLog log = new RecordingLog();

            DualSlotRecordStore rebooted = new DualSlotRecordStore(flash, "blob", new BlobRecordType(), log);
            CollectionAssert.AreEqual(Payload(1), rebooted.Load());
            Assert.AreEqual("blob.a", rebooted.CurrentSlot);
            Assert.AreEqual(0, flash.WriteCount);
            Assert.AreEqual(0, flash.EraseCount);
            Assert.IsTrue(log.Contains("ignoring blob.b: it fails its CRC check"));
        }

        [TestMethod]
        public static void SaveAfterFallbackOverwritesTheCorruptSlotAndKeepsTheGoodOne()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            store.Save(Payload(2));
            flash.Write("blob.b", new byte[] { 1, 2, 3 });
            byte[] good = flash.Read("blob.a");

            DualSlotRecordStore rebooted = NewStore(flash);
            rebooted.Load();
            rebooted.Save(Payload(9));

            CollectionAssert.AreEqual(good, flash.Read("blob.a"));
            Assert.AreEqual("blob.b", rebooted.CurrentSlot);
            Assert.AreEqual(2u, rebooted.CurrentSequence);
            CollectionAssert.AreEqual(Payload(9), NewStore(flash).Load());
        }

        [TestMethod]
        public static void SequenceWrapsAroundAndStaysOrdered()
        {
            BlobRecordType type = new BlobRecordType();
            MemoryFlashStore flash = new MemoryFlashStore();
            flash.Write("blob.a", RecordFrame.Encode(type, 0xFFFFFFFE, Payload(1)));
            flash.Write("blob.b", RecordFrame.Encode(type, 0xFFFFFFFF, Payload(2)));

            DualSlotRecordStore store = NewStore(flash);
            CollectionAssert.AreEqual(Payload(2), store.Load());
            store.Save(Payload(3));
            Assert.AreEqual("blob.a", store.CurrentSlot);
            Assert.AreEqual(0u, store.CurrentSequence);

            DualSlotRecordStore rebooted = NewStore(flash);
            CollectionAssert.AreEqual(Payload(3), rebooted.Load());
            rebooted.Save(Payload(4));
            Assert.AreEqual(1u, rebooted.CurrentSequence);
            CollectionAssert.AreEqual(Payload(4), NewStore(flash).Load());
        }

        [TestMethod]
        public static void EqualSequencesPickSlotAAndSaySo()
        {
            BlobRecordType type = new BlobRecordType();
            MemoryFlashStore flash = new MemoryFlashStore();
            flash.Write("blob.a", RecordFrame.Encode(type, 4, Payload(1)));
            flash.Write("blob.b", RecordFrame.Encode(type, 4, Payload(2)));
            RecordingLog log = new RecordingLog();

            DualSlotRecordStore store = new DualSlotRecordStore(flash, "blob", type, log);
            CollectionAssert.AreEqual(Payload(1), store.Load());
            Assert.IsTrue(log.Contains("both slots carry record 4"));
        }

        [TestMethod]
        public static void MalformedOrOversizedPayloadIsRefusedBeforeAnyWrite()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            flash.ResetCounters();

            Assert.ThrowsException(typeof(ArgumentException), () => store.Save(new byte[] { 0xFF }));
            Assert.ThrowsException(typeof(ArgumentException), () => store.Save(new byte[65]));
            Assert.ThrowsException(typeof(ArgumentNullException), () => store.Save(null));
            Assert.AreEqual(0, flash.WriteCount);
            CollectionAssert.AreEqual(Payload(1), store.CurrentPayload());
        }

        [TestMethod]
        public static void WipeErasesTheOlderSlotFirstAndLeavesNothing()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            store.Save(Payload(2));
            RecordingFlashStore recording = new RecordingFlashStore(flash);
            DualSlotRecordStore rebooted = NewStore(recording);
            rebooted.Load();

            rebooted.Wipe();

            Assert.AreEqual("erase blob.a;erase blob.b;", recording.Trace);
            Assert.IsFalse(flash.Exists("blob.a"));
            Assert.IsFalse(flash.Exists("blob.b"));
            Assert.IsNull(rebooted.CurrentPayload());
            Assert.IsNull(NewStore(flash).Load());
        }

        [TestMethod]
        public static void StoreStartsAgainAfterAWipe()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            store.Wipe();

            Assert.IsTrue(store.Save(Payload(1)));
            Assert.AreEqual("blob.a", store.CurrentSlot);
            CollectionAssert.AreEqual(Payload(1), NewStore(flash).Load());
        }

        [TestMethod]
        public static void UnreadableSlotIsIgnoredLikeACorruptOne()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            store.Save(Payload(2));
            RecordingFlashStore failing = new RecordingFlashStore(flash);
            failing.FailReadsOf = "blob.b";
            RecordingLog log = new RecordingLog();

            DualSlotRecordStore rebooted = new DualSlotRecordStore(failing, "blob", new BlobRecordType(), log);
            CollectionAssert.AreEqual(Payload(1), rebooted.Load());
            Assert.IsTrue(log.Contains("ignoring blob.b: it cannot be read"));
        }

        [TestMethod]
        public static void WriteThatDoesNotReadBackFailsAndKeepsTheCurrentRecord()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            DualSlotRecordStore store = NewStore(flash);
            store.Save(Payload(1));
            RecordingFlashStore lossy = new RecordingFlashStore(flash);
            lossy.DropWrites = true;
            DualSlotRecordStore rebooted = NewStore(lossy);
            rebooted.Load();

            Assert.ThrowsException(typeof(IOException), () => rebooted.Save(Payload(2)));
            CollectionAssert.AreEqual(Payload(1), rebooted.CurrentPayload());
            Assert.AreEqual("blob.a", rebooted.CurrentSlot);
        }

        [TestMethod]
        public static void RejectsBadConstructionArguments()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            BlobRecordType type = new BlobRecordType();
            RecordingLog log = new RecordingLog();
            Assert.ThrowsException(typeof(ArgumentNullException), () => new DualSlotRecordStore(null, "blob", type, log));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new DualSlotRecordStore(flash, "blob", null, log));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new DualSlotRecordStore(flash, "blob", type, null));
            Assert.ThrowsException(typeof(ArgumentException), () => new DualSlotRecordStore(flash, "../blob", type, log));
            Assert.ThrowsException(typeof(ArgumentException), () => new DualSlotRecordStore(flash, "abcdefghijklmnopqrstuvw", type, log));
        }

        private static DualSlotRecordStore NewStore(IFlashStore flash)
        {
            return new DualSlotRecordStore(flash, "blob", new BlobRecordType(), new RecordingLog());
        }

        private static byte[] Payload(int seed)
        {
            byte[] payload = new byte[8 + seed];
            for (int i = 0; i < payload.Length; i++)
            {
                payload[i] = (byte)(seed + i);
            }

            return payload;
        }
    }
}
