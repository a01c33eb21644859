using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class TokenVaultGarbageTests
    {
        [TestMethod]
        public static void RandomGarbageInBothSlotsLoadsAsNoTokenWithoutWriting()
        {
            int[] lengths = new int[]
            {
                0, 1, 2, 3, 4, 11, RecordFrame.HeaderLength, RecordFrame.HeaderLength + 1, RecordFrame.Overhead - 1,
                RecordFrame.Overhead, RecordFrame.Overhead + 1, 100, 617, 1000, 2581, 2582, 2583, 4096,
            };
            SeededBytes random = new SeededBytes(20250301);
            int trials = 0;
            for (int i = 0; i < lengths.Length; i++)
            {
                for (int j = 0; j < lengths.Length; j += 3)
                {
                    MemoryFlashStore flash = new MemoryFlashStore();
                    flash.Write("tokens.a", random.Bytes(lengths[i]));
                    flash.Write("tokens.b", random.Bytes(lengths[(i + j) % lengths.Length]));
                    flash.ResetCounters();

                    Assert.IsNull(new TokenVault(flash, new RecordingLog()).Load(), "lengths " + i + " and " + j);
                    Assert.AreEqual(0, flash.WriteCount);
                    Assert.AreEqual(0, flash.EraseCount);
                    trials++;
                }
            }

            Assert.AreEqual(lengths.Length * 6, trials);
        }

        [TestMethod]
        public static void GarbageBehindAValidHeaderLoadsAsNoToken()
        {
            // Right magic version and length but random payload and CRC: the CRC must catch it.
            TokenRecordCodec codec = new TokenRecordCodec();
            SeededBytes random = new SeededBytes(77);
            for (int trial = 0; trial < 40; trial++)
            {
                byte[] record = RecordFrame.Encode(codec, (uint)trial, codec.Encode(SampleTokens.Small(20, (uint)trial + 1)));
                byte[] noise = random.Bytes(record.Length - RecordFrame.HeaderLength);
                System.Array.Copy(noise, 0, record, RecordFrame.HeaderLength, noise.Length);
                MemoryFlashStore flash = new MemoryFlashStore();
                flash.Write(trial % 2 == 0 ? "tokens.a" : "tokens.b", record);
                Assert.IsNull(new TokenVault(flash, new RecordingLog()).Load());
            }
        }

        [TestMethod]
        public static void IntactFrameWithAMalformedPayloadLoadsAsNoToken()
        {
            // The CRC is right, but the payload breaks the field rules: a record this firmware never writes.
            TokenRecordCodec codec = new TokenRecordCodec();
            byte[][] payloads = new byte[][]
            {
                new byte[] { 1, 0, 0x41 },
                new byte[] { 0, 0, 1, 0, 0x63, 1, 0, 0x75 },
                new byte[] { 1, 0, 0x0A, 1, 0, 0x63, 1, 0, 0x75 },
                new byte[] { 1, 0, 0x41, 1, 0, 0x63, 1, 0, 0x75, 0 },
            };
            for (int i = 0; i < payloads.Length; i++)
            {
                MemoryFlashStore flash = new MemoryFlashStore();
                flash.Write("tokens.a", Frame(codec, 5, payloads[i]));
                Assert.IsNull(new TokenVault(flash, new RecordingLog()).Load(), "payload " + i);
            }
        }

        [TestMethod]
        public static void CorruptNewerSlotFallsBackToTheOlderToken()
        {
            TokenRecord older = SampleTokens.Typical(500, 1);
            TokenRecord newer = SampleTokens.Typical(500, 2);
            int[] corruptAt = new int[] { 0, 4, 5, 6, 8, 11, 12, 300, 600, 617, 618 };
            for (int i = 0; i < corruptAt.Length; i++)
            {
                MemoryFlashStore flash = new MemoryFlashStore();
                TokenVault vault = new TokenVault(flash, new RecordingLog());
                vault.Save(older);
                vault.Save(newer);
                byte[] slot = flash.Read("tokens.b");
                slot[corruptAt[i]] ^= 0x5A;
                flash.Write("tokens.b", slot);
                flash.ResetCounters();

                Assert.IsTrue(older.SameAs(new TokenVault(flash, new RecordingLog()).Load()), "byte " + corruptAt[i]);
                Assert.AreEqual(0, flash.WriteCount);
                Assert.AreEqual(0, flash.EraseCount);
            }
        }

        [TestMethod]
        public static void RecordOfAnotherKindIsNotTakenForTokens()
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            flash.Write("tokens.a", RecordFrame.Encode(new BlobRecordType(), 9, new byte[] { 1, 0, 0x41, 1, 0, 0x63, 1, 0, 0x75 }));
            Assert.IsNull(new TokenVault(flash, new RecordingLog()).Load());
        }

        // Builds a frame around any payload, bypassing the codec's own check.
        private static byte[] Frame(TokenRecordCodec codec, uint sequence, byte[] payload)
        {
            byte[] record = new byte[payload.Length + RecordFrame.Overhead];
            LittleEndian.WriteUInt32(record, 0, codec.Magic);
            record[4] = codec.FormatVersion;
            LittleEndian.WriteUInt16(record, 6, payload.Length);
            LittleEndian.WriteUInt32(record, 8, sequence);
            System.Array.Copy(payload, 0, record, RecordFrame.HeaderLength, payload.Length);
            int crcOffset = RecordFrame.HeaderLength + payload.Length;
            LittleEndian.WriteUInt32(record, crcOffset, DeviceFirmware.Crypto.Crc32.Compute(record, 0, crcOffset));
            return record;
        }
    }
}
