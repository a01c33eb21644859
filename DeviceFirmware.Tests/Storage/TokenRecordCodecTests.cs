using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class TokenRecordCodecTests
    {
        [TestMethod]
        public static void PayloadIsThreeLengthPrefixedFields()
        {
            byte[] payload = new TokenRecordCodec().Encode(new TokenRecord("Atzr|abc", "cid", "http://x/t"));
            Assert.AreEqual("080041747a727c61626303006369640a00687474703a2f2f782f74", Hex.Of(payload));
        }

        [TestMethod]
        public static void RoundTripKeepsEveryField()
        {
            TokenRecordCodec codec = new TokenRecordCodec();
            TokenRecord[] records = new TokenRecord[]
            {
                new TokenRecord("t", "c", "u"),
                SampleTokens.Typical(500, 4),
                SampleTokens.Largest(5),
                new TokenRecord(" !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~", "c", "u"),
            };
            for (int i = 0; i < records.Length; i++)
            {
                TokenRecord decoded = codec.Decode(codec.Encode(records[i]));
                Assert.IsTrue(records[i].SameAs(decoded), "record " + i);
            }
        }

        [TestMethod]
        public static void RecordSizeIsFrameAndFields()
        {
            Assert.AreEqual(16 + 2 + 500 + 2 + 61 + 2 + 36, TokenRecordCodec.RecordSize(SampleTokens.Typical(500, 1)));
            Assert.AreEqual(16 + TokenRecordCodec.MaxPayloadSize, TokenRecordCodec.RecordSize(SampleTokens.Largest(1)));
            Assert.AreEqual(2582, TokenRecordCodec.RecordSize(SampleTokens.Largest(1)));
        }

        [TestMethod]
        public static void MalformedPayloadsDecodeToNull()
        {
            TokenRecordCodec codec = new TokenRecordCodec();
            byte[] good = codec.Encode(new TokenRecord("Atzr|abc", "cid", "http://x/t"));

            Assert.IsNull(codec.Decode(null));
            Assert.IsNull(codec.Decode(new byte[0]));

            // Cut short at every length, and one byte left over.
            for (int length = 0; length < good.Length; length++)
            {
                byte[] cut = new byte[length];
                System.Array.Copy(good, cut, length);
                Assert.IsNull(codec.Decode(cut), "length " + length);
            }

            byte[] longer = new byte[good.Length + 1];
            System.Array.Copy(good, longer, good.Length);
            Assert.IsNull(codec.Decode(longer));

            // A control character and a non-ASCII byte inside a field.
            byte[] control = (byte[])good.Clone();
            control[4] = 0x0A;
            Assert.IsNull(codec.Decode(control));
            byte[] high = (byte[])good.Clone();
            high[12] = 0xC3;
            Assert.IsNull(codec.Decode(high));

            // An empty field.
            Assert.IsNull(codec.Decode(new byte[] { 0, 0, 1, 0, 0x63, 1, 0, 0x75 }));
            Assert.IsFalse(codec.IsValidPayload(new byte[] { 0, 0, 1, 0, 0x63, 1, 0, 0x75 }));
            Assert.IsTrue(codec.IsValidPayload(good));
        }

        [TestMethod]
        public static void FieldLongerThanItsLimitDecodesToNull()
        {
            TokenRecordCodec codec = new TokenRecordCodec();
            byte[] payload = new byte[2 + 2049 + 3 + 3];
            LittleEndian.WriteUInt16(payload, 0, 2049);
            for (int i = 0; i < 2049; i++)
            {
                payload[2 + i] = (byte)'A';
            }

            int at = 2 + 2049;
            payload[at] = 1;
            payload[at + 2] = (byte)'c';
            payload[at + 3] = 1;
            payload[at + 5] = (byte)'u';
            Assert.IsNull(codec.Decode(payload));

            // The same layout with 2048 characters is a valid record.
            byte[] fits = new byte[payload.Length - 1];
            LittleEndian.WriteUInt16(fits, 0, 2048);
            System.Array.Copy(payload, 2, fits, 2, 2048);
            System.Array.Copy(payload, at, fits, at - 1, 6);
            Assert.IsNotNull(codec.Decode(fits));
        }
    }
}
