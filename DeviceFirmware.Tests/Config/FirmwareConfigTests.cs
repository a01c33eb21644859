using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class FirmwareConfigTests
    {
        private const string AllKeys =
            "[device]\n" +
            "model = ABC123\n" +
            "serial = SN-0001\n" +
            "[lwa]\n" +
            "token_url = https://api.amazon.com/auth/o2/token\n" +
            "[drs]\n" +
            "base_url = https://dash-replenishment-service-na.amazon.com\n" +
            "[pkce]\n" +
            "method = plain\n" +
            "verifier_length = 128\n";

        [TestMethod]
        public static void EveryKeyIsRead()
        {
            FirmwareConfig config = FirmwareConfig.Parse(AllKeys);
            Assert.AreEqual("ABC123", config.DeviceModel);
            Assert.AreEqual((object)SerialSource.Fixed, (object)config.SerialSource);
            Assert.AreEqual("SN-0001", config.Serial);
            Assert.AreEqual("https://api.amazon.com/auth/o2/token", config.LwaTokenUrl);
            Assert.AreEqual("https://dash-replenishment-service-na.amazon.com", config.DrsBaseUrl);
            Assert.AreEqual((object)PkceMethod.Plain, (object)config.PkceMethod);
            Assert.AreEqual(128, config.PkceVerifierLength);
        }

        [TestMethod]
        public static void OnlyTheModelIsRequiredAndTheRestDefaults()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = ABC123\n");
            Assert.AreEqual("ABC123", config.DeviceModel);
            Assert.AreEqual((object)SerialSource.Mac, (object)config.SerialSource);
            Assert.IsNull(config.Serial);
            Assert.AreEqual(FirmwareConfigSchema.DefaultLwaTokenUrl, config.LwaTokenUrl);
            Assert.AreEqual("https://api.amazon.com/auth/o2/token", config.LwaTokenUrl);
            Assert.AreEqual("https://dash-replenishment-service-na.amazon.com", config.DrsBaseUrl);
            Assert.AreEqual((object)PkceMethod.S256, (object)config.PkceMethod);
            Assert.AreEqual(CodeVerifier.DefaultLength, config.PkceVerifierLength);
        }

        [TestMethod]
        public static void RepositorySampleIsValid()
        {
            FirmwareConfig config = FirmwareConfig.Parse(SampleConfig.Text);
            Assert.AreEqual("DeviceFirmwareSim", config.DeviceModel);
            Assert.AreEqual((object)SerialSource.Mac, (object)config.SerialSource);
            Assert.AreEqual("http://127.0.0.1:5000/auth/o2/token", config.LwaTokenUrl);
            Assert.AreEqual("http://127.0.0.1:5000", config.DrsBaseUrl);
            Assert.AreEqual((object)PkceMethod.S256, (object)config.PkceMethod);
            Assert.AreEqual(43, config.PkceVerifierLength);
        }

        [TestMethod]
        public static void ByteOrderMarkAndCrlfAreAccepted()
        {
            FirmwareConfig config = FirmwareConfig.Parse("\uFEFF[device]\r\nmodel = ABC123\r\n[pkce]\r\nverifier_length = 50\r\n");
            Assert.AreEqual("ABC123", config.DeviceModel);
            Assert.AreEqual(50, config.PkceVerifierLength);
        }

        [TestMethod]
        public static void MixedLineEndingsAndNoFinalNewlineAreAccepted()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\r\nmodel = ABC123\nserial = X1");
            Assert.AreEqual("X1", config.Serial);
        }

        [TestMethod]
        public static void CommentsBlankLinesAndBlanksAreIgnored()
        {
            string text =
                "# hash comment\n" +
                "; semicolon comment\n" +
                "\n" +
                "   \t\n" +
                "  [device]  \n" +
                "\t# indented comment with = sign\n" +
                "\tmodel\t=\tABC123\t\n" +
                "  ; serial = ignored\n";
            FirmwareConfig config = FirmwareConfig.Parse(text);
            Assert.AreEqual("ABC123", config.DeviceModel);
            Assert.AreEqual((object)SerialSource.Mac, (object)config.SerialSource);
        }

        [TestMethod]
        public static void SectionsMayComeInAnyOrder()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[pkce]\nmethod = plain\n[device]\nmodel = M\n");
            Assert.AreEqual((object)PkceMethod.Plain, (object)config.PkceMethod);
            Assert.AreEqual("M", config.DeviceModel);
        }

        [TestMethod]
        public static void SerialMacIsDerivedFromTheChip()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nserial = mac\n");
            Assert.AreEqual((object)SerialSource.Mac, (object)config.SerialSource);
            Assert.IsNull(config.Serial);
        }

        [TestMethod]
        public static void LiteralSerialUsesTheModelCharacterSet()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nserial = Ab-9+x_yz\n");
            Assert.AreEqual((object)SerialSource.Fixed, (object)config.SerialSource);
            Assert.AreEqual("Ab-9+x_yz", config.Serial);
            Assert.AreEqual("macaddr", FirmwareConfig.Parse("[device]\nmodel = M\nserial = macaddr\n").Serial);
        }

        [TestMethod]
        public static void ModelAndSerialOf64CharactersAreAccepted()
        {
            string longest = new string('A', 64);
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = " + longest + "\nserial = " + longest + "\n");
            Assert.AreEqual(longest, config.DeviceModel);
            Assert.AreEqual(longest, config.Serial);
        }

        [TestMethod]
        public static void VerifierLengthBoundariesAreAccepted()
        {
            Assert.AreEqual(43, FirmwareConfig.Parse("[device]\nmodel = M\n[pkce]\nverifier_length = 43\n").PkceVerifierLength);
            Assert.AreEqual(128, FirmwareConfig.Parse("[device]\nmodel = M\n[pkce]\nverifier_length = 128\n").PkceVerifierLength);
            Assert.AreEqual(64, FirmwareConfig.Parse("[device]\nmodel = M\n[pkce]\nverifier_length = 064\n").PkceVerifierLength);
        }

        [TestMethod]
        public static void ToStringShowsEverySetting()
        {
            Assert.AreEqual(
                "model=ABC123 serial=SN-0001 region=na lwa=https://api.amazon.com/auth/o2/token drs=https://dash-replenishment-service-na.amazon.com pkce=plain/128"
                + " chip=ESP32 led=GPIO2 provisioning=window=10min button=GPIO0/5s name=auto passkey=none ble_during_exchange=keep slots=0",
                FirmwareConfig.Parse(AllKeys).ToString());
            Assert.Contains("serial=mac ", FirmwareConfig.Parse("[device]\nmodel = M\n").ToString());
        }

        [TestMethod]
        public static void SchemaDeclaresEveryDocumentedKey()
        {
            Assert.AreEqual(19, FirmwareConfigSchema.Keys.Length);
            Assert.IsTrue(FirmwareConfigSchema.DeviceModel.IsRequired, "model is required");
            Assert.IsFalse(FirmwareConfigSchema.DeviceSerial.IsRequired, "serial has a default");
            Assert.AreEqual("pkce.verifier_length", FirmwareConfigSchema.PkceVerifierLength.QualifiedName);
            Assert.AreEqual("43", FirmwareConfigSchema.PkceVerifierLength.DefaultValue);
        }
    }
}
