using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>The repeatable [slot.&lt;name&gt;] sections: keys, defaults, limits and the checks across keys and slots.</summary>
    [TestClass]
    public class SlotConfigTests
    {
        private const string Device = "[device]\nmodel = ABC123\n";

        private const string Coffee =
            "[slot.coffee]\n" +
            "slot_id = 0a5038b7-7609-4b81-b87e-3e291f386324\n" +
            "sensor_channel = 0\n" +
            "raw_empty = 3100\n" +
            "raw_full = 900\n" +
            "low_percent = 25\n" +
            "refill_percent = 80\n" +
            "low_readings = 5\n" +
            "sample_seconds = 300\n" +
            "original_quantity = 500\n" +
            "unit = g\n";

        private const string TeaMinimal =
            "[slot.tea]\n" +
            "slot_id = tea-slot\n" +
            "sensor_channel = 3\n" +
            "raw_empty = 0\n" +
            "raw_full = 4095\n" +
            "original_quantity = 40\n";

        [TestMethod]
        public static void EverySlotKeyIsRead()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Device + Coffee);
            Assert.AreEqual(1, config.SlotCount);
            SupplySlotSettings slot = config.SlotAt(0);
            Assert.AreEqual("coffee", slot.Name);
            Assert.AreEqual("0a5038b7-7609-4b81-b87e-3e291f386324", slot.SlotId);
            Assert.AreEqual(0, slot.SensorChannel);
            Assert.AreEqual(3100, slot.RawEmpty, "calibration may run downwards");
            Assert.AreEqual(900, slot.RawFull);
            Assert.AreEqual(25, slot.LowPercent);
            Assert.AreEqual(80, slot.RefillPercent);
            Assert.AreEqual(5, slot.LowReadings);
            Assert.AreEqual(300, slot.SampleSeconds);
            Assert.AreEqual(500, slot.OriginalQuantity);
            Assert.AreEqual("g", slot.Unit);
        }

        [TestMethod]
        public static void OptionalSlotKeysTakeTheirDefaults()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Device + TeaMinimal);
            SupplySlotSettings slot = config.SlotAt(0);
            Assert.AreEqual(20, slot.LowPercent);
            Assert.AreEqual(60, slot.RefillPercent);
            Assert.AreEqual(3, slot.LowReadings);
            Assert.AreEqual(60, slot.SampleSeconds);
            Assert.AreEqual("count", slot.Unit);
        }

        [TestMethod]
        public static void SlotsComeInFileOrderAndMixWithOtherSections()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Coffee + Device + TeaMinimal + "[pkce]\nverifier_length = 64\n");
            Assert.AreEqual(2, config.SlotCount);
            Assert.AreEqual("coffee", config.SlotAt(0).Name);
            Assert.AreEqual("tea", config.SlotAt(1).Name);
            Assert.AreEqual(64, config.PkceVerifierLength);
        }

        [TestMethod]
        public static void AFileWithoutSlotsIsValid()
        {
            Assert.AreEqual(0, FirmwareConfig.Parse(Device).SlotCount);
        }

        [TestMethod]
        public static void TheRepositorySampleHasASlot()
        {
            FirmwareConfig config = FirmwareConfig.Parse(SampleConfig.Text);
            Assert.IsTrue(config.SlotCount >= 1, "the sample shows a slot");
        }

        [TestMethod]
        public static void AMissingRequiredKeyNamesTheInstance()
        {
            ConfigErrorAssert.Fails(Device + "[slot.tea]\nsensor_channel = 1\nraw_empty = 0\nraw_full = 4095\noriginal_quantity = 4\n",
                0, "slot.tea.slot_id", "required key is missing: add slot_id = ... under [slot.tea]");
        }

        [TestMethod]
        public static void OnlyAdc1ChannelsAreAccepted()
        {
            ConfigErrorAssert.Fails(Device + "[slot.tea]\nslot_id = t\nsensor_channel = 10\n", 5, "slot.tea.sensor_channel", "10 is outside 0..9");
        }

        [TestMethod]
        public static void AnUnknownKeyListsTheSlotKeys()
        {
            ConfigException e = ConfigErrorAssert.Fails(Device + "[slot.tea]\ncolour = red\n", 4, "slot.tea.colour", "unknown key: [slot.tea] has slot_id sensor_channel raw_empty raw_full");
            Assert.Contains("original_quantity unit", e.Message);
        }

        [TestMethod]
        public static void TheFamilyNeedsAnInstanceName()
        {
            ConfigErrorAssert.Fails(Device + "[slot]\nslot_id = t\n", 3, null, "section [slot]: write [slot.<name>] with a name of 1..16 characters of a-z 0-9 _");
            ConfigErrorAssert.Fails(Device + "[slot.a.b]\n", 3, null, "section [slot.a.b]: write [slot.<name>]");
            ConfigErrorAssert.Fails(Device + "[slot.abcdefghijklmnopq]\n", 3, null, "section [slot.abcdefghijklmnopq]: write [slot.<name>]");
        }

        [TestMethod]
        public static void UnknownSectionsListTheFamily()
        {
            ConfigErrorAssert.Fails(Device + "[slots]\n", 3, null, "[slot.<name>]");
        }

        [TestMethod]
        public static void CalibrationEndsMustBeApart()
        {
            ConfigErrorAssert.Fails(Device + "[slot.tea]\nslot_id = t\nsensor_channel = 1\nraw_empty = 2000\nraw_full = 2010\noriginal_quantity = 4\n",
                7, "slot.tea.raw_full", "raw_empty 2000 and raw_full 2010 are 10 apart: at least 16 needed");
        }

        [TestMethod]
        public static void RefillMustLieAboveLow()
        {
            string slot = "[slot.tea]\nslot_id = t\nsensor_channel = 1\nraw_empty = 0\nraw_full = 4095\noriginal_quantity = 4\n";
            ConfigErrorAssert.Fails(Device + slot + "low_percent = 30\nrefill_percent = 30\n", 10, "slot.tea.refill_percent", "refill_percent 30 must be above low_percent 30 (hysteresis)");
            ConfigErrorAssert.Fails(Device + slot + "low_percent = 70\n", 9, "slot.tea.low_percent", "refill_percent 60 must be above low_percent 70");
        }

        [TestMethod]
        public static void TwoSlotsCannotShareASlotIdOrAChannel()
        {
            string first = "[slot.a]\nslot_id = same\nsensor_channel = 1\nraw_empty = 0\nraw_full = 4095\noriginal_quantity = 4\n";
            string sameId = "[slot.b]\nslot_id = same\nsensor_channel = 2\nraw_empty = 0\nraw_full = 4095\noriginal_quantity = 4\n";
            string sameChannel = "[slot.b]\nslot_id = other\nsensor_channel = 1\nraw_empty = 0\nraw_full = 4095\noriginal_quantity = 4\n";
            ConfigErrorAssert.Fails(Device + first + sameId, 10, "slot.b.slot_id", "slot ID already used by [slot.a]");
            ConfigErrorAssert.Fails(Device + first + sameChannel, 11, "slot.b.sensor_channel", "channel 1 already used by [slot.a]");
        }

        [TestMethod]
        public static void AtMostEightSlots()
        {
            string text = Device;
            for (int i = 0; i < 9; i++)
            {
                text += "[slot.s" + i + "]\nslot_id = id" + i + "\nsensor_channel = " + (i % 8) + "\nraw_empty = 0\nraw_full = 4095\noriginal_quantity = 4\n";
            }

            ConfigErrorAssert.Fails(text, 3 + (8 * 6), null, "too many [slot.<name>] sections: at most 8");
        }

        [TestMethod]
        public static void ADuplicateSlotSectionIsASyntaxError()
        {
            ConfigErrorAssert.Fails(Device + "[slot.tea]\n[slot.tea]\n", 4, null, "duplicate section [slot.tea]");
        }

        [TestMethod]
        public static void AnErrorInASlotComesInFileOrder()
        {
            // The bad channel (line 4) is reported before the missing slot_id of the same section.
            ConfigErrorAssert.Fails(Device + "[slot.tea]\nsensor_channel = 10\n[pkce]\nverifier_length = 7\n", 4, "slot.tea.sensor_channel", "10 is outside 0..9");
        }

        [TestMethod]
        public static void APlainSchemaStillRejectsSlotSections()
        {
            ConfigDocument document = ConfigDocument.Parse("[slot.tea]\nslot_id = t\n");
            Assert.ThrowsException(typeof(ConfigException), () => ConfigValues.Read(document, FirmwareConfigSchema.Keys));
        }
    }
}
