using System;
using DeviceFirmware.Net;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Net
{
    [TestClass]
    public class FormUrlEncoderTests
    {
        [TestMethod]
        public static void PipeInATokenIsPercent7C()
        {
            Assert.AreEqual("Atzr%7CIwEBIA", FormUrlEncoder.Encode("Atzr|IwEBIA"));
        }

        [TestMethod]
        public static void KeepsExactlyTheWhatwgSet()
        {
            Assert.AreEqual("AZaz09*-._", FormUrlEncoder.Encode("AZaz09*-._"));
            int kept = 0;
            for (int c = 0; c < 128; c++)
            {
                if (FormUrlEncoder.IsKept((char)c))
                {
                    kept++;
                }
            }

            Assert.AreEqual(66, kept);
        }

        [TestMethod]
        public static void SpaceIsPlus()
        {
            Assert.AreEqual("a+b++c", FormUrlEncoder.Encode("a b  c"));
            Assert.AreEqual("%2B", FormUrlEncoder.Encode("+"));
        }

        [TestMethod]
        public static void EncodesReservedCharactersUpperCase()
        {
            Assert.AreEqual("%7E%21%27%28%29%2F%3A%3F%23%5B%5D%40%24%26%3D%2C%3B%25%22%3C%3E%5C%5E%60%7B%7D", FormUrlEncoder.Encode("~!'()/:?#[]@$&=,;%\"<>\\^`{}"));
            Assert.AreEqual("https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1", FormUrlEncoder.Encode("https://example.com/cb?x=1"));
            // No U+0000 here: a device string ends there, so it never reaches the encoder on the device.
            Assert.AreEqual("%01%0A%0D%09%1F%7F", FormUrlEncoder.Encode("\u0001\n\r\t\u001f\u007f"));
        }

        [TestMethod]
        public static void EncodesUtf8Bytes()
        {
            Assert.AreEqual("%C3%A9", FormUrlEncoder.Encode("\u00e9"));
            Assert.AreEqual("%C2%80", FormUrlEncoder.Encode("\u0080"));
            Assert.AreEqual("%DF%BF", FormUrlEncoder.Encode("\u07ff"));
            Assert.AreEqual("%E0%A0%80", FormUrlEncoder.Encode("\u0800"));
            Assert.AreEqual("%E4%B8%AD", FormUrlEncoder.Encode("\u4e2d"));
            Assert.AreEqual("%EF%BF%BF", FormUrlEncoder.Encode("\uffff"));
            Assert.AreEqual("%F0%9F%98%80", FormUrlEncoder.Encode("\ud83d\ude00"));
            Assert.AreEqual("%F4%8F%BF%BF", FormUrlEncoder.Encode("\udbff\udfff"));
            Assert.AreEqual("a%F0%9F%98%80+b%F0%9F%98%80", FormUrlEncoder.Encode("a\ud83d\ude00 b\ud83d\ude00"));
        }

        [TestMethod]
        public static void LoneSurrogatesBecomeReplacementCharacter()
        {
            Assert.AreEqual("a%EF%BF%BDb", FormUrlEncoder.Encode("a\ud800b"));
            Assert.AreEqual("%EF%BF%BD", FormUrlEncoder.Encode("\udc00"));
            Assert.AreEqual("%EF%BF%BD", FormUrlEncoder.Encode("\ud83d"));
            Assert.AreEqual("%EF%BF%BD%EF%BF%BD", FormUrlEncoder.Encode("\ude00\ud83d"));
        }

        [TestMethod]
        public static void EmptyStaysEmptyAndNullIsRefused()
        {
            Assert.AreEqual(string.Empty, FormUrlEncoder.Encode(string.Empty));
            Assert.ThrowsException(typeof(ArgumentNullException), () => FormUrlEncoder.Encode(null));
        }

        [TestMethod]
        public static void FormBodyJoinsPairsInOrder()
        {
            FormBody body = new FormBody().Add("b", "1 2").Add("a", "x|y").Add("empty", string.Empty);
            Assert.AreEqual("b=1+2&a=x%7Cy&empty=", body.Build());
            Assert.AreEqual(3, body.FieldCount);
            Assert.AreEqual("application/x-www-form-urlencoded", FormBody.ContentType);
        }

        [TestMethod]
        public static void FormBodyToStringHidesValues()
        {
            FormBody body = new FormBody().Add("refresh_token", "Atzr|SECRET");
            Assert.DoesNotContains("SECRET", body.ToString());
            Assert.Contains("1 fields", body.ToString());
        }

        [TestMethod]
        public static void FormBodyRefusesMissingParts()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new FormBody().Add(string.Empty, "v"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new FormBody().Add("n", null));
        }
    }
}
