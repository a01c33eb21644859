using DeviceFirmware.Config;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class ConfigLoaderTests
    {
        [TestMethod]
        public static void ValidFileIsLoadedAndSummarised()
        {
            RecordingLog log = new RecordingLog();
            FirmwareConfig config = ConfigLoader.Load(new FakeConfigFile(SampleConfig.Text), log);
            Assert.IsNotNull(config);
            Assert.AreEqual(1, log.Count);
            Assert.StartsWith("INFO nf.config loaded from I:\\nf.config: model=", log[0]);
        }

        [TestMethod]
        public static void MissingFileSaysWhereAndHowToFixIt()
        {
            RecordingLog log = new RecordingLog();
            Assert.IsNull(ConfigLoader.Load(new FakeConfigFile(null), log));
            Assert.AreEqual(1, log.Count);
            Assert.AreEqual("ERROR nf.config not found at I:\\nf.config: deploy it with flash.ps1 (see README)", log[0]);
        }

        [TestMethod]
        public static void InvalidFileNamesLineAndKey()
        {
            RecordingLog log = new RecordingLog();
            Assert.IsNull(ConfigLoader.Load(new FakeConfigFile("[device]\nmodel = M\n[pkce]\nverifier_length = 200\n"), log));
            Assert.AreEqual(1, log.Count);
            Assert.StartsWith("ERROR nf.config line 4: key pkce.verifier_length:", log[0]);
        }

        [TestMethod]
        public static void UnreadableFileIsReportedNotThrown()
        {
            RecordingLog log = new RecordingLog();
            Assert.IsNull(ConfigLoader.Load(new FakeConfigFile(SampleConfig.Text, true), log));
            Assert.AreEqual("ERROR cannot read I:\\nf.config: flash read error", log[0]);
        }
    }
}
