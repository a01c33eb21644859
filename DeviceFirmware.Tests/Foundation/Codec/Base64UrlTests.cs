using System;
using DeviceFirmware.Codec;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Codec
{
    [TestClass]
    public class Base64UrlTests
    {
        [TestMethod]
        public static void EncodesRfc4648VectorsWithoutPadding()
        {
            // RFC 4648 section 10, padding removed.
            Assert.AreEqual(string.Empty, Base64Url.Encode(Hex.Ascii(string.Empty)));
            Assert.AreEqual("Zg", Base64Url.Encode(Hex.Ascii("f")));
            Assert.AreEqual("Zm8", Base64Url.Encode(Hex.Ascii("fo")));
            Assert.AreEqual("Zm9v", Base64Url.Encode(Hex.Ascii("foo")));
            Assert.AreEqual("Zm9vYg", Base64Url.Encode(Hex.Ascii("foob")));
            Assert.AreEqual("Zm9vYmE", Base64Url.Encode(Hex.Ascii("fooba")));
            Assert.AreEqual("Zm9vYmFy", Base64Url.Encode(Hex.Ascii("foobar")));
        }

        [TestMethod]
        public static void UsesTheUrlSafeAlphabet()
        {
            // 0xFB 0xFF 0xBF is "+/+/" in standard base64.
            Assert.AreEqual("-_-_", Base64Url.Encode(new byte[] { 0xFB, 0xFF, 0xBF }));
        }

        [TestMethod]
        public static void DecodesWhatItEncodesForEveryLengthUpTo70()
        {
            for (int length = 0; length <= 70; length++)
            {
                byte[] data = new byte[length];
                for (int i = 0; i < length; i++)
                {
                    data[i] = (byte)((i * 37) + length);
                }

                string text = Base64Url.Encode(data);
                Assert.AreEqual(Base64Url.EncodedLength(length), text.Length);
                Assert.AreEqual(Hex.Of(data), Hex.Of(Base64Url.Decode(text)));
            }
        }

        [TestMethod]
        public static void DecodesRfc4648Vector()
        {
            Assert.AreEqual(Hex.Of(Hex.Ascii("foobar")), Hex.Of(Base64Url.Decode("Zm9vYmFy")));
            Assert.AreEqual(Hex.Of(Hex.Ascii("fooba")), Hex.Of(Base64Url.Decode("Zm9vYmE")));
        }

        [TestMethod]
        public static void RejectsPadding()
        {
            AssertFormatError("Zm8=", "padding");
        }

        [TestMethod]
        public static void RejectsStandardBase64Characters()
        {
            AssertFormatError("+/+/", "standard base64 character at position 0");
        }

        [TestMethod]
        public static void RejectsCharactersOutsideTheAlphabet()
        {
            AssertFormatError("Zm9 vg", "invalid character at position 3");
        }

        [TestMethod]
        public static void RejectsImpossibleLength()
        {
            AssertFormatError("Zm9vY", "length 5 is impossible");
        }

        [TestMethod]
        public static void RejectsNonCanonicalTrailingBits()
        {
            // "Zh" carries 12 bits of which the last 4 must be zero: "Zg" is the canonical form of "f".
            AssertFormatError("Zh", "non-zero unused bits");
        }

        [TestMethod]
        public static void EncodeToRejectsTooSmallOutput()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => Base64Url.EncodeTo(new byte[3], 0, 3, new byte[3], 0));
        }

        private static void AssertFormatError(string text, string expectedPart)
        {
            try
            {
                Base64Url.Decode(text);
            }
            catch (FormatException e)
            {
                Assert.IsTrue(e.Message.IndexOf(expectedPart) >= 0, "message was: " + e.Message);
                return;
            }

            Assert.IsTrue(false, "no FormatException for a malformed input");
        }
    }
}
