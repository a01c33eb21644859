using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>The [drs] keys of the refusal rule: defaults 3 and 60 and their limits.</summary>
    [TestClass]
    public class DrsRefusalConfigTests
    {
        private const string Minimal = "[device]\nmodel = M1\n";

        [TestMethod]
        public static void TheRefusalRuleDefaultsToThreeRefusalsOverAnHour()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Minimal);
            Assert.AreEqual(3, config.DrsRefusalsBeforeReset);
            Assert.AreEqual(60, config.DrsRefusalWindowMinutes);
        }

        [TestMethod]
        public static void TheRefusalRuleIsRead()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Minimal + "[drs]\nrefusals_before_reset = 5\nrefusal_window_minutes = 120\n");
            Assert.AreEqual(5, config.DrsRefusalsBeforeReset);
            Assert.AreEqual(120, config.DrsRefusalWindowMinutes);
        }

        [TestMethod]
        public static void TheRefusalRuleHasLimits()
        {
            ConfigErrorAssert.Fails(Minimal + "[drs]\nrefusals_before_reset = 1\n", 4, "drs.refusals_before_reset", "1 is outside 2..20");
            ConfigErrorAssert.Fails(Minimal + "[drs]\nrefusal_window_minutes = 5\n", 4, "drs.refusal_window_minutes", "5 is outside 10..10080");
        }
    }
}
