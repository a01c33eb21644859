using DeviceFirmware.Auth;
using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>device.region and its precedence over lwa.token_url and drs.base_url (docs/nf-config.md: Region and endpoints).</summary>
    [TestClass]
    public class RegionConfigTests
    {
        private const string NaLwa = "https://api.amazon.com/auth/o2/token";
        private const string EuLwa = "https://api.amazon.co.uk/auth/o2/token";
        private const string FeLwa = "https://api.amazon.co.jp/auth/o2/token";
        private const string NaDrs = "https://dash-replenishment-service-na.amazon.com";

        [TestMethod]
        public static void TheDefaultRegionIsNorthAmerica()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\n");
            Assert.AreEqual("na", config.Region);
            Assert.AreEqual(NaLwa, config.LwaTokenUrl);
            Assert.AreEqual(NaDrs, config.DrsBaseUrl);
            Assert.AreEqual("na", FirmwareConfigSchema.DeviceRegion.DefaultValue);
        }

        [TestMethod]
        public static void EuropeSetsTheEuropeanLwaEndpointAndTheOnlyDocumentedDrsHost()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nregion = eu\n");
            Assert.AreEqual("eu", config.Region);
            Assert.AreEqual(EuLwa, config.LwaTokenUrl);
            Assert.AreEqual(NaDrs, config.DrsBaseUrl, "Amazon documents no European DRS host");
        }

        [TestMethod]
        public static void FarEastSetsTheFarEastLwaEndpointAndTheOnlyDocumentedDrsHost()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nregion = fe\n");
            Assert.AreEqual("fe", config.Region);
            Assert.AreEqual(FeLwa, config.LwaTokenUrl);
            Assert.AreEqual(NaDrs, config.DrsBaseUrl, "Amazon documents no Far East DRS host");
        }

        [TestMethod]
        public static void NorthAmericaWrittenOutIsTheDefault()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nregion = na\n");
            Assert.AreEqual(NaLwa, config.LwaTokenUrl);
            Assert.AreEqual(NaDrs, config.DrsBaseUrl);
        }

        [TestMethod]
        public static void ExplicitUrlsWinOverTheRegion()
        {
            FirmwareConfig config = FirmwareConfig.Parse(
                "[device]\nmodel = M\nregion = eu\n[lwa]\ntoken_url = http://127.0.0.1:5000/auth/o2/token\n[drs]\nbase_url = http://127.0.0.1:5000/\n");
            Assert.AreEqual("eu", config.Region);
            Assert.AreEqual("http://127.0.0.1:5000/auth/o2/token", config.LwaTokenUrl);
            Assert.AreEqual("http://127.0.0.1:5000", config.DrsBaseUrl, "an explicit base URL loses its trailing slash as before");
        }

        [TestMethod]
        public static void AnExplicitDrsHostKeepsTheRegionsLwaEndpoint()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nregion = fe\n[drs]\nbase_url = https://drs.example.com/\n");
            Assert.AreEqual(FeLwa, config.LwaTokenUrl);
            Assert.AreEqual("https://drs.example.com", config.DrsBaseUrl);
        }

        [TestMethod]
        public static void AnLwaEndpointOfAnotherRegionIsRefused()
        {
            ConfigErrorAssert.Fails(
                "[device]\nmodel = M\nregion = eu\n[lwa]\ntoken_url = " + NaLwa + "\n",
                5,
                "lwa.token_url",
                NaLwa + " is the LWA endpoint of region na but device.region is eu: remove token_url (the region sets it) or make the two agree");
            ConfigErrorAssert.Fails(
                "[lwa]\ntoken_url = " + FeLwa + "\n[device]\nmodel = M\nregion = na\n",
                2,
                "lwa.token_url",
                FeLwa + " is the LWA endpoint of region fe but device.region is na");
        }

        [TestMethod]
        public static void AnLwaEndpointThatAgreesWithTheRegionIsAccepted()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\nregion = eu\n[lwa]\ntoken_url = " + EuLwa + "\n");
            Assert.AreEqual(EuLwa, config.LwaTokenUrl);
        }

        [TestMethod]
        public static void WithoutARegionAnyLwaEndpointIsKeptAsBefore()
        {
            // Files written before device.region existed keep working: the default region does not conflict.
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\n[lwa]\ntoken_url = " + EuLwa + "\n");
            Assert.AreEqual(EuLwa, config.LwaTokenUrl);
            Assert.AreEqual("na", config.Region);
        }

        [TestMethod]
        public static void ARegionIsOneOfThreeLowerCaseWords()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = M\nregion = EU\n", 3, "device.region", "'EU' is not one of na | eu | fe (exact case)");
            ConfigErrorAssert.Fails("[device]\nmodel = M\nregion = us\n", 3, "device.region", "'us' is not one of na | eu | fe (exact case)");
        }

        [TestMethod]
        public static void TheSchemaMapsEachRegionToItsEndpoints()
        {
            Assert.AreEqual(NaLwa, FirmwareConfigSchema.LwaTokenUrlOf("na"));
            Assert.AreEqual(EuLwa, FirmwareConfigSchema.LwaTokenUrlOf("eu"));
            Assert.AreEqual(FeLwa, FirmwareConfigSchema.LwaTokenUrlOf("fe"));
            Assert.AreEqual("eu", FirmwareConfigSchema.RegionOfLwaTokenUrl(EuLwa));
            Assert.IsNull(FirmwareConfigSchema.RegionOfLwaTokenUrl("https://api.amazon.com/auth/o2/token/"), "only the exact URL counts as a region's");
            Assert.AreEqual(NaDrs, FirmwareConfigSchema.DrsBaseUrlOf("eu"));
        }

        [TestMethod]
        public static void TheBoardExampleParsesWithAmazonsNorthAmericanEndpoints()
        {
            FirmwareConfig config = FirmwareConfig.Parse(BoardSampleConfig.Text);
            Assert.AreEqual("REPLACE_ME_model_id", config.DeviceModel);
            Assert.IsTrue(config.SerialSource == SerialSource.Mac, "serial from the MAC");
            Assert.AreEqual("na", config.Region);
            Assert.AreEqual(NaLwa, config.LwaTokenUrl);
            Assert.AreEqual(NaDrs, config.DrsBaseUrl);
            Assert.IsTrue(config.PkceMethod == PkceMethod.S256, "S256 on a real board");
            Assert.IsTrue(config.Chip == EspChip.Esp32, "the example is an ESP32-DevKitC");
            Assert.AreEqual(2, config.StatusLedPin);
            Assert.AreEqual(0, config.Provisioning.ButtonPin);
            Assert.AreEqual(1, config.SlotCount);
            Assert.AreEqual("REPLACE_ME_slot_id", config.SlotAt(0).SlotId);
            Assert.AreEqual(4, config.SlotAt(0).SensorChannel);
        }

        [TestMethod]
        public static void TheBoardExampleUsesNoLoopbackOrHttpEndpoint()
        {
            Assert.DoesNotContains("127.0.0.1", BoardSampleConfig.Text);
            Assert.DoesNotContains("http://", BoardSampleConfig.Text);
        }
    }
}
