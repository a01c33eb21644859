using DeviceFirmware.Codec;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Codec
{
    [TestClass]
    public class AsciiTextTests
    {
        [TestMethod]
        public static void OneBytePerCharacterBothWays()
        {
            byte[] bytes = AsciiText.GetBytes("Atzr|x~");
            Assert.AreEqual(7, bytes.Length);
            Assert.AreEqual((byte)'|', bytes[4]);
            Assert.AreEqual("Atzr|x~", AsciiText.GetString(bytes));
        }

        [TestMethod]
        public static void GetStringTakesARange()
        {
            Assert.AreEqual("zr|", AsciiText.GetString(AsciiText.GetBytes("Atzr|x"), 2, 3));
            Assert.AreEqual(string.Empty, AsciiText.GetString(new byte[0]));
        }
    }
}
