using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class ConfigLimitsTests
    {
        private const string Model = "[device]\nmodel = M\n";

        [TestMethod]
        public static void LimitsAreTheDocumentedOnes()
        {
            Assert.AreEqual(8192, ConfigDocument.MaxBytes);
            Assert.AreEqual(256, ConfigDocument.MaxLineLength);
        }

        [TestMethod]
        public static void FileOfExactly8192BytesIsAccepted()
        {
            string text = PadWithComments(Model, 8192);
            Assert.AreEqual(8192, text.Length);
            Assert.AreEqual("M", FirmwareConfig.Parse(text).DeviceModel);
        }

        [TestMethod]
        public static void FileOf8193BytesIsRejected()
        {
            ConfigException error = ConfigErrorAssert.Fails(PadWithComments(Model, 8193), 0, null, "file is 8193 bytes: at most 8192 allowed");
            Assert.AreEqual("nf.config: file is 8193 bytes: at most 8192 allowed", error.Message);
        }

        [TestMethod]
        public static void SizeIsCountedInUtf8Bytes()
        {
            // U+00E9 is two bytes in UTF-8: 8191 characters here are 8192 bytes, 8192 characters are 8193.
            string fits = PadWithComments(Model + "# caf\u00e9\n", 8191);
            Assert.AreEqual("M", FirmwareConfig.Parse(fits).DeviceModel);
            ConfigErrorAssert.Fails(PadWithComments(Model + "# caf\u00e9\n", 8192), 0, null, "file is 8193 bytes");
        }

        [TestMethod]
        public static void SizeCountsACharacterOutsideTheBmpAsFourBytes()
        {
            // U+1F600 is two chars and four UTF-8 bytes: 8190 characters here are 8192 bytes and 8191 are 8193.
            string fits = PadWithComments(Model + "# \ud83d\ude00\n", 8190);
            Assert.AreEqual("M", FirmwareConfig.Parse(fits).DeviceModel);
            ConfigErrorAssert.Fails(PadWithComments(Model + "# \ud83d\ude00\n", 8191), 0, null, "file is 8193 bytes");
        }

        [TestMethod]
        public static void ByteOrderMarkCountsTowardsTheSize()
        {
            // The BOM is three bytes in the file.
            string fits = "\uFEFF" + PadWithComments(Model, 8189);
            Assert.AreEqual("M", FirmwareConfig.Parse(fits).DeviceModel);
            ConfigErrorAssert.Fails("\uFEFF" + PadWithComments(Model, 8190), 0, null, "file is 8193 bytes");
        }

        [TestMethod]
        public static void LineOf256CharactersIsAccepted()
        {
            string comment = "#" + new string('x', 255);
            Assert.AreEqual("M", FirmwareConfig.Parse(Model + comment + "\n").DeviceModel);
            Assert.AreEqual("M", FirmwareConfig.Parse(Model + comment + "\r\n").DeviceModel);
            Assert.AreEqual("M", FirmwareConfig.Parse(Model + comment).DeviceModel);
            Assert.AreEqual("M", FirmwareConfig.Parse("\uFEFF" + comment + "\n" + Model).DeviceModel);
        }

        [TestMethod]
        public static void LineOf257CharactersIsRejected()
        {
            string comment = "#" + new string('x', 256);
            ConfigErrorAssert.Fails(Model + comment + "\n", 3, null, "line is 257 characters long: at most 256 allowed");
            ConfigErrorAssert.Fails(Model + comment + "\r\n", 3, null, "line is 257 characters long");
        }

        [TestMethod]
        public static void LineLengthIsCheckedBeforeTheContent()
        {
            string value = new string('A', 250);
            ConfigErrorAssert.Fails("[device]\nmodel = " + value + "\n", 2, null, "line is 258 characters long");
            ConfigErrorAssert.Fails("[device]\nmodel = " + value.Substring(0, 248) + "\n", 2, "device.model", "value is 248 characters long: at most 64 allowed");
        }

        /// <summary>The head followed by comment lines, to exactly <paramref name="totalLength"/> characters.</summary>
        private static string PadWithComments(string head, int totalLength)
        {
            string text = head;
            int remaining = totalLength - head.Length;
            while (remaining > 0)
            {
                int line = remaining <= 200 ? remaining : (remaining - 200 >= 2 ? 200 : 150);
                text = line == 1 ? text + "\n" : text + "#" + new string('x', line - 2) + "\n";
                remaining -= line;
            }

            return text;
        }
    }
}
