using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>device.flow and cloud.url (docs/nf-config.md, Flow).</summary>
    [TestClass]
    public class FlowConfigTests
    {
        private const string WebApp = "[device]\nmodel = M\nflow = web-app\n";

        [TestMethod]
        public static void CompanionIsTheDefault()
        {
            FirmwareConfig config = FirmwareConfig.Parse("[device]\nmodel = M\n");
            Assert.AreEqual((int)FirmwareFlow.Companion, (int)config.Flow);
            Assert.IsNull(config.CloudUrl);
        }

        [TestMethod]
        public static void WebAppTakesTheCloudUrl()
        {
            FirmwareConfig config = FirmwareConfig.Parse(WebApp + "[cloud]\nurl = https://cloud.example.com/\n");
            Assert.AreEqual((int)FirmwareFlow.WebApp, (int)config.Flow);
            Assert.AreEqual("https://cloud.example.com", config.CloudUrl);
            Assert.Contains(" flow=web-app cloud=https://cloud.example.com ", config.ToString());
            Assert.DoesNotContains("lwa=", config.ToString());
        }

        [TestMethod]
        public static void WebAppWithoutCloudUrlNamesTheFlowLine()
        {
            ConfigErrorAssert.Fails(WebApp, 3, "cloud.url", "required when device.flow = web-app");
        }

        [TestMethod]
        public static void CloudUrlInTheCompanionFlowIsRefused()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = M\n[cloud]\nurl = https://cloud.example.com\n", 4, "cloud.url", "only used when device.flow = web-app");
        }

        [TestMethod]
        public static void AmazonKeysAreRefusedInTheWebAppFlow()
        {
            string cloud = "[cloud]\nurl = https://cloud.example.com\n";
            ConfigErrorAssert.Fails(WebApp + cloud + "[lwa]\ntoken_url = https://api.amazon.com/auth/o2/token\n", 7, "lwa.token_url", "not used when device.flow = web-app");
            ConfigErrorAssert.Fails(WebApp + cloud + "[drs]\nrefusals_before_reset = 3\n", 7, "drs.refusals_before_reset", "not used");
            ConfigErrorAssert.Fails(WebApp + cloud + "[pkce]\nverifier_length = 64\n", 7, "pkce.verifier_length", "not used");
        }

        [TestMethod]
        public static void CloudUrlFollowsTheUrlRules()
        {
            ConfigErrorAssert.Fails(WebApp + "[cloud]\nurl = http://cloud.example.com\n", 5, "cloud.url", "bad URL");
            Assert.AreEqual("http://127.0.0.1:5080", FirmwareConfig.Parse(WebApp + "[cloud]\nurl = http://127.0.0.1:5080\n").CloudUrl);
        }

        [TestMethod]
        public static void UnknownFlowIsRefused()
        {
            ConfigErrorAssert.Fails("[device]\nmodel = M\nflow = webapp\n", 3, "device.flow", "webapp");
        }
    }
}
