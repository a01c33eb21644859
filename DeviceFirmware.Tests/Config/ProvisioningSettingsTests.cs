using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    [TestClass]
    public class ProvisioningSettingsTests
    {
        private const string Model = "[device]\nmodel = ABC123\n";

        [TestMethod]
        public static void DefaultsApplyWithoutTheSection()
        {
            ProvisioningSettings settings = FirmwareConfig.Parse(Model).Provisioning;
            Assert.AreEqual(10, settings.WindowMinutes);
            Assert.AreEqual(0, settings.ButtonPin);
            Assert.AreEqual(5, settings.LongPressSeconds);
            Assert.IsNull(settings.DeviceName, "auto derives the name");
            Assert.IsFalse(settings.HasPasskey, "no passkey by default");
            Assert.AreEqual(ProvisioningSettings.NoPasskey, settings.Passkey);
        }

        [TestMethod]
        public static void EveryKeyIsRead()
        {
            ProvisioningSettings settings = FirmwareConfig.Parse(Model
                + "[provisioning]\nwindow_minutes = 3\nbutton_pin = 27\nlong_press_seconds = 8\ndevice_name = Coffee-1\npasskey = 012345\n").Provisioning;
            Assert.AreEqual(3, settings.WindowMinutes);
            Assert.AreEqual(27, settings.ButtonPin);
            Assert.AreEqual(8, settings.LongPressSeconds);
            Assert.AreEqual("Coffee-1", settings.DeviceName);
            Assert.IsTrue(settings.HasPasskey, "passkey set");
            Assert.AreEqual(12345, settings.Passkey);
        }

        [TestMethod]
        public static void RepositorySampleUsesTheDefaults()
        {
            ProvisioningSettings settings = FirmwareConfig.Parse(SampleConfig.Text).Provisioning;
            Assert.AreEqual(10, settings.WindowMinutes);
            Assert.AreEqual(0, settings.ButtonPin);
            Assert.AreEqual(5, settings.LongPressSeconds);
            Assert.IsNull(settings.DeviceName, "sample says auto");
            Assert.IsFalse(settings.HasPasskey, "sample says none");
        }

        [TestMethod]
        public static void WindowOutsideItsRangeIsRefused()
        {
            ConfigErrorAssert.Fails(Model + "[provisioning]\nwindow_minutes = 0\n", 4, "provisioning.window_minutes", "0 is outside 1..60");
            ConfigErrorAssert.Fails(Model + "[provisioning]\nwindow_minutes = 61\n", 4, "provisioning.window_minutes", "61 is outside 1..60");
        }

        [TestMethod]
        public static void ButtonPinAndLongPressAreRangeChecked()
        {
            ConfigErrorAssert.Fails(Model + "[provisioning]\nbutton_pin = 49\n", 4, "provisioning.button_pin", "49 is outside 0..48");
            ConfigErrorAssert.Fails(Model + "[provisioning]\nbutton_pin = -1\n", 4, "provisioning.button_pin", "not a whole number");
            ConfigErrorAssert.Fails(Model + "[provisioning]\nlong_press_seconds = 1\n", 4, "provisioning.long_press_seconds", "1 is outside 2..30");
        }

        [TestMethod]
        public static void DeviceNameLongerThanEightIsRefused()
        {
            ConfigErrorAssert.Fails(Model + "[provisioning]\ndevice_name = Coffee-12\n", 4, "provisioning.device_name", "at most 8 allowed");
            ConfigErrorAssert.Fails(Model + "[provisioning]\ndevice_name = My Pot\n", 4, "provisioning.device_name", "character outside");
        }

        [TestMethod]
        public static void PasskeyMustBeSixDigitsOrNone()
        {
            ConfigErrorAssert.Fails(Model + "[provisioning]\npasskey = 12345\n", 4, "provisioning.passkey", "exactly 6 digits");
            ConfigErrorAssert.Fails(Model + "[provisioning]\npasskey = 12a456\n", 4, "provisioning.passkey", "exactly 6 digits");
            ConfigErrorAssert.Fails(Model + "[provisioning]\npasskey = NONE\n", 4, "provisioning.passkey", "or none");
            ConfigErrorAssert.Fails(Model + "[provisioning]\npasskey = 1234567\n", 4, "provisioning.passkey", "at most 6 allowed");
        }

        [TestMethod]
        public static void PasskeyErrorDoesNotEchoTheDigits()
        {
            ConfigException error = ConfigErrorAssert.Catch(Model + "[provisioning]\npasskey = 98765x\n");
            Assert.DoesNotContains("98765", error.Message);
        }

        [TestMethod]
        public static void SummaryHidesThePasskey()
        {
            string summary = FirmwareConfig.Parse(Model + "[provisioning]\npasskey = 654321\n").ToString();
            Assert.Contains("passkey=set", summary);
            Assert.DoesNotContains("654321", summary);
        }

        [TestMethod]
        public static void BleDuringExchangeIsKeepByDefaultOrStop()
        {
            Assert.IsFalse(FirmwareConfig.Parse(Model).Provisioning.StopBleDuringExchange, "keep by default");
            Assert.IsFalse(FirmwareConfig.Parse(SampleConfig.Text).Provisioning.StopBleDuringExchange, "sample says keep");
            Assert.IsFalse(FirmwareConfig.Parse(Model + "[provisioning]\nble_during_exchange = keep\n").Provisioning.StopBleDuringExchange, "keep");
            ProvisioningSettings stop = FirmwareConfig.Parse(Model + "[provisioning]\nble_during_exchange = stop\n").Provisioning;
            Assert.IsTrue(stop.StopBleDuringExchange, "stop");
            Assert.Contains("ble_during_exchange=stop", stop.ToString());
        }

        [TestMethod]
        public static void BleDuringExchangeRefusesOtherWords()
        {
            ConfigErrorAssert.Fails(Model + "[provisioning]\nble_during_exchange = Stop\n", 4, "provisioning.ble_during_exchange", "is not one of keep | stop");
            ConfigErrorAssert.Fails(Model + "[provisioning]\nble_during_exchange = off\n", 4, "provisioning.ble_during_exchange", "is not one of keep | stop");
        }
    }
}
