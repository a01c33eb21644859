using DeviceFirmware.Crypto;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Crypto
{
    /// <summary>HMAC-SHA256 against the test vectors of RFC 4231 section 4 (HMAC-SHA-256 rows).</summary>
    [TestClass]
    public class HmacSha256Tests
    {
        [TestMethod]
        public static void Rfc4231Case1()
        {
            Assert.AreEqual(
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                Hex.Of(HmacSha256.Compute(Hex.Bytes("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), Hex.Ascii("Hi There"))));
        }

        [TestMethod]
        public static void Rfc4231Case2KeyShorterThanTheOutput()
        {
            Assert.AreEqual(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Hex.Of(HmacSha256.Compute(Hex.Ascii("Jefe"), Hex.Ascii("what do ya want for nothing?"))));
        }

        [TestMethod]
        public static void Rfc4231Case3()
        {
            Assert.AreEqual(
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
                Hex.Of(HmacSha256.Compute(Hex.Repeat((char)0xaa, 20), Hex.Repeat((char)0xdd, 50))));
        }

        [TestMethod]
        public static void Rfc4231Case4()
        {
            Assert.AreEqual(
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
                Hex.Of(HmacSha256.Compute(Hex.Bytes("0102030405060708090a0b0c0d0e0f10111213141516171819"), Hex.Repeat((char)0xcd, 50))));
        }

        [TestMethod]
        public static void Rfc4231Case5TruncatedTo128Bits()
        {
            byte[] mac = HmacSha256.Compute(Hex.Repeat((char)0x0c, 20), Hex.Ascii("Test With Truncation"));
            Assert.StartsWith("a3b6167473100ee06e0c796c2955552b", Hex.Of(mac));
        }

        [TestMethod]
        public static void Rfc4231Case6KeyLongerThanABlock()
        {
            Assert.AreEqual(
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                Hex.Of(HmacSha256.Compute(Hex.Repeat((char)0xaa, 131), Hex.Ascii("Test Using Larger Than Block-Size Key - Hash Key First"))));
        }

        [TestMethod]
        public static void Rfc4231Case7LongKeyAndLongData()
        {
            Assert.AreEqual(
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
                Hex.Of(HmacSha256.Compute(
                    Hex.Repeat((char)0xaa, 131),
                    Hex.Ascii("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."))));
        }

        [TestMethod]
        public static void APartOfABufferEqualsTheSameBytesAlone()
        {
            byte[] buffer = Hex.Ascii("xxHi Thereyy");
            byte[] key = Hex.Bytes("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
            Assert.AreEqual(Hex.Of(HmacSha256.Compute(key, Hex.Ascii("Hi There"))), Hex.Of(HmacSha256.Compute(key, buffer, 2, 8)));
        }

        [TestMethod]
        public static void TheKeyIsNotChanged()
        {
            byte[] key = Hex.Ascii("Jefe");
            HmacSha256.Compute(key, Hex.Ascii("what do ya want for nothing?"));
            Assert.AreEqual("Jefe", new string(new char[] { (char)key[0], (char)key[1], (char)key[2], (char)key[3] }));
        }
    }
}
