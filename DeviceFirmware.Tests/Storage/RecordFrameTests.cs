using System;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class RecordFrameTests
    {
        [TestMethod]
        public static void LayoutIsMagicVersionReservedLengthSequencePayloadCrc()
        {
            byte[] record = RecordFrame.Encode(new BlobRecordType(), 0x01020304, new byte[] { 0xAA, 0xBB });

            // "BLOB", version 3, reserved 0, length 2, sequence 0x01020304, payload, CRC-32 0x4C3BF207 (zlib) little-endian.
            Assert.AreEqual("424c4f420300020004030201aabb07f23b4c", Hex.Of(record));
            Assert.AreEqual(RecordFrame.Overhead + 2, record.Length);
        }

        [TestMethod]
        public static void IntactRecordReadsBackValid()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] payload = new byte[] { 1, 2, 3, 4, 5 };
            SlotReading reading = RecordFrame.Inspect("x.a", RecordFrame.Encode(type, 77, payload), type);

            Assert.AreEqual((object)SlotState.Valid, (object)reading.State);
            Assert.AreEqual(77u, reading.Sequence);
            CollectionAssert.AreEqual(payload, reading.Payload);
            Assert.AreEqual("x.a", reading.Slot);
            Assert.IsNull(reading.Problem);
        }

        [TestMethod]
        public static void MissingSlotIsAbsent()
        {
            SlotReading reading = RecordFrame.Inspect("x.a", null, new BlobRecordType());
            Assert.AreEqual((object)SlotState.Absent, (object)reading.State);
            Assert.IsNull(reading.Payload);
        }

        [TestMethod]
        public static void EveryFlippedBitMakesTheRecordInvalid()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = RecordFrame.Encode(type, 9, new byte[] { 0x10, 0x20, 0x30 });
            for (int bit = 0; bit < record.Length * 8; bit++)
            {
                record[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.AreEqual((object)SlotState.Invalid, (object)RecordFrame.Inspect("x.a", record, type).State, "bit " + bit);
                record[bit / 8] ^= (byte)(1 << (bit % 8));
            }
        }

        [TestMethod]
        public static void EveryTruncationAndExtensionIsInvalid()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = RecordFrame.Encode(type, 9, new byte[] { 0x10, 0x20, 0x30 });
            for (int length = 0; length <= record.Length + 3; length++)
            {
                if (length == record.Length)
                {
                    continue;
                }

                byte[] changed = new byte[length];
                Array.Copy(record, changed, length < record.Length ? length : record.Length);
                Assert.AreEqual((object)SlotState.Invalid, (object)RecordFrame.Inspect("x.a", changed, type).State, "length " + length);
            }
        }

        [TestMethod]
        public static void ProblemsAreNamedWithoutContent()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = RecordFrame.Encode(type, 1, new byte[] { 0x41, 0x42 });

            Assert.Contains("shorter than a record", RecordFrame.Inspect("x.a", new byte[3], type).Problem);

            byte[] wrongMagic = (byte[])record.Clone();
            wrongMagic[0] = (byte)'X';
            Assert.Contains("magic", RecordFrame.Inspect("x.a", wrongMagic, type).Problem);

            byte[] otherKind = RecordFrame.Encode(new TokenRecordCodec(), 1, new byte[] { 0x41 });
            Assert.Contains("magic", RecordFrame.Inspect("x.a", otherKind, type).Problem);

            byte[] badCrc = (byte[])record.Clone();
            badCrc[record.Length - 1] ^= 1;
            Assert.Contains("CRC", RecordFrame.Inspect("x.a", badCrc, type).Problem);

            byte[] extended = new byte[record.Length + 1];
            Array.Copy(record, extended, record.Length);
            Assert.Contains("header declares", RecordFrame.Inspect("x.a", extended, type).Problem);
        }

        [TestMethod]
        public static void OtherFormatVersionIsInvalidEvenWithAGoodCrc()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = RecordFrame.Encode(type, 1, new byte[] { 0x41 });
            record[4] = 4;
            Resign(record);
            SlotReading reading = RecordFrame.Inspect("x.a", record, type);
            Assert.AreEqual((object)SlotState.Invalid, (object)reading.State);
            Assert.Contains("format version 4", reading.Problem);
        }

        [TestMethod]
        public static void NonZeroReservedByteIsInvalidEvenWithAGoodCrc()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = RecordFrame.Encode(type, 1, new byte[] { 0x41 });
            record[5] = 1;
            Resign(record);
            Assert.Contains("reserved", RecordFrame.Inspect("x.a", record, type).Problem);
        }

        [TestMethod]
        public static void OversizedPayloadIsInvalidEvenWithAGoodCrc()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = new byte[RecordFrame.Overhead + 65];
            Array.Copy(RecordFrame.Encode(type, 1, new byte[] { 0x41 }), record, RecordFrame.HeaderLength);
            record[6] = 65;
            Resign(record);
            Assert.Contains("over the limit", RecordFrame.Inspect("x.a", record, type).Problem);
        }

        [TestMethod]
        public static void IntactRecordWithMalformedPayloadIsInvalid()
        {
            BlobRecordType type = new BlobRecordType();
            byte[] record = RecordFrame.Encode(type, 1, new byte[] { 0x41 });
            record[RecordFrame.HeaderLength] = 0xFF;
            Resign(record);
            SlotReading reading = RecordFrame.Inspect("x.a", record, type);
            Assert.AreEqual((object)SlotState.Invalid, (object)reading.State);
            Assert.Contains("malformed payload", reading.Problem);
        }

        [TestMethod]
        public static void EncodeRefusesOversizedPayload()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => RecordFrame.Encode(new BlobRecordType(), 1, new byte[65]));
            Assert.ThrowsException(typeof(ArgumentNullException), () => RecordFrame.Encode(new BlobRecordType(), 1, null));
        }

        // Recomputes the CRC after a deliberate change, to reach the checks behind it.
        private static void Resign(byte[] record)
        {
            int crcOffset = record.Length - RecordFrame.TrailerLength;
            LittleEndian.WriteUInt32(record, crcOffset, DeviceFirmware.Crypto.Crc32.Compute(record, 0, crcOffset));
        }
    }
}
