using DeviceFirmware.Config;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Config
{
    /// <summary>device.chip, device.status_led_pin and the pin checks against the chip (docs/nf-config.md: Chips and pins).</summary>
    [TestClass]
    public class ChipPinConfigTests
    {
        private const string Esp32 = "[device]\nmodel = M\n";
        private const string S3 = "[device]\nmodel = M\nchip = ESP32-S3\n";
        private const string C3 = "[device]\nmodel = M\nchip = ESP32-C3\n";

        private static string Slot(int channel)
        {
            return "[slot.tea]\nslot_id = t\nsensor_channel = " + channel + "\nraw_empty = 100\nraw_full = 3000\noriginal_quantity = 9\n";
        }

        private static string Button(int pin)
        {
            return "[provisioning]\nbutton_pin = " + pin + "\n";
        }

        [TestMethod]
        public static void TheDefaultsAreAnEsp32WithItsLedOnGpio2()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Esp32);
            Assert.IsTrue(config.Chip == EspChip.Esp32, "default chip");
            Assert.AreEqual(2, config.StatusLedPin);
            Assert.AreEqual("ESP32", FirmwareConfigSchema.DeviceChip.DefaultValue);
            Assert.AreEqual("2", FirmwareConfigSchema.DeviceStatusLedPin.DefaultValue);
        }

        [TestMethod]
        public static void EachChipIsNamedExactly()
        {
            Assert.IsTrue(FirmwareConfig.Parse(S3).Chip == EspChip.Esp32S3, "S3");
            Assert.IsTrue(FirmwareConfig.Parse(C3).Chip == EspChip.Esp32C3, "C3");
            Assert.IsTrue(FirmwareConfig.Parse(Esp32 + "chip = ESP32\n").Chip == EspChip.Esp32, "ESP32");
            ConfigErrorAssert.Fails(Esp32 + "chip = esp32-s3\n", 3, "device.chip", "'esp32-s3' is not one of ESP32 | ESP32-S3 | ESP32-C3 (exact case)");
            ConfigErrorAssert.Fails(Esp32 + "chip = ESP32-S2\n", 3, "device.chip", "'ESP32-S2' is not one of ESP32 | ESP32-S3 | ESP32-C3 (exact case)");
        }

        [TestMethod]
        public static void SensorChannelsFollowTheChipsAdc1()
        {
            Assert.AreEqual(7, FirmwareConfig.Parse(Esp32 + Slot(7)).SlotAt(0).SensorChannel);
            ConfigErrorAssert.Fails(Esp32 + Slot(8), 5, "slot.tea.sensor_channel", "8 is outside 0..7: the ADC1 channels of ESP32 (device.chip)");
            Assert.AreEqual(9, FirmwareConfig.Parse(S3 + Slot(9)).SlotAt(0).SensorChannel);
            ConfigErrorAssert.Fails(S3 + Slot(10), 6, "slot.tea.sensor_channel", "10 is outside 0..9");
            Assert.AreEqual(4, FirmwareConfig.Parse(C3 + Slot(4)).SlotAt(0).SensorChannel);
            ConfigErrorAssert.Fails(C3 + Slot(5), 6, "slot.tea.sensor_channel", "5 is outside 0..4: the ADC1 channels of ESP32-C3 (device.chip)");
        }

        [TestMethod]
        public static void TheChipMayComeAfterThePinsInTheFile()
        {
            FirmwareConfig config = FirmwareConfig.Parse(Button(45) + Slot(9) + S3);
            Assert.AreEqual(45, config.Provisioning.ButtonPin);
            Assert.AreEqual(9, config.SlotAt(0).SensorChannel);
        }

        [TestMethod]
        public static void AnInputOnlyEsp32PinIsRefusedAsTheButton()
        {
            for (int pin = 34; pin <= 39; pin++)
            {
                ConfigErrorAssert.Fails(
                    Esp32 + Button(pin),
                    4,
                    "provisioning.button_pin",
                    "GPIO " + pin + " of ESP32 is input-only without an internal pull-up (GPIO 34..39): the button needs the pull-up: choose another GPIO");
            }

            Assert.AreEqual(33, FirmwareConfig.Parse(Esp32 + Button(33)).Provisioning.ButtonPin);
            Assert.AreEqual(35, FirmwareConfig.Parse(S3 + Button(35)).Provisioning.ButtonPin, "GPIO 35 of an S3 has a pull-up");
        }

        [TestMethod]
        public static void TheButtonMustBeAGpioOfTheChip()
        {
            ConfigErrorAssert.Fails(Esp32 + Button(40), 4, "provisioning.button_pin", "40 is outside 0..39: the GPIO numbers of ESP32 (device.chip)");
            ConfigErrorAssert.Fails(C3 + Button(22), 5, "provisioning.button_pin", "22 is outside 0..21: the GPIO numbers of ESP32-C3 (device.chip)");
            ConfigErrorAssert.Fails(S3 + Button(49), 5, "provisioning.button_pin", "49 is outside 0..48");
            ConfigErrorAssert.Fails(Esp32 + Button(24), 4, "provisioning.button_pin", "ESP32 has no GPIO 24 (it lacks 24 28 29 30 31)");
            ConfigErrorAssert.Fails(Esp32 + Button(31), 4, "provisioning.button_pin", "ESP32 has no GPIO 31");
            ConfigErrorAssert.Fails(S3 + Button(22), 5, "provisioning.button_pin", "ESP32-S3 has no GPIO 22 (it lacks 22 23 24 25)");
            Assert.AreEqual(48, FirmwareConfig.Parse(S3 + Button(48)).Provisioning.ButtonPin);
            Assert.AreEqual(9, FirmwareConfig.Parse(C3 + Button(9)).Provisioning.ButtonPin, "BOOT of the ESP32-C3-DevKitM-1");
            Assert.AreEqual(20, FirmwareConfig.Parse(Esp32 + Button(20)).Provisioning.ButtonPin, "GPIO 20 exists on the ESP32-PICO-V3");
        }

        [TestMethod]
        public static void TheLedPinIsConfigurableAndCheckedAgainstTheChip()
        {
            Assert.AreEqual(13, FirmwareConfig.Parse(Esp32 + "status_led_pin = 13\n").StatusLedPin);
            Assert.AreEqual(38, FirmwareConfig.Parse(S3 + "status_led_pin = 38\n").StatusLedPin);
            ConfigErrorAssert.Fails(Esp32 + "status_led_pin = 36\n", 3, "device.status_led_pin", "GPIO 36 of ESP32 is input-only (GPIO 34..39): it cannot drive the LED");
            ConfigErrorAssert.Fails(C3 + "status_led_pin = 30\n", 4, "device.status_led_pin", "30 is outside 0..21: the GPIO numbers of ESP32-C3 (device.chip)");
            ConfigErrorAssert.Fails(S3 + "status_led_pin = 25\n", 4, "device.status_led_pin", "ESP32-S3 has no GPIO 25");
            ConfigErrorAssert.Fails(Esp32 + "status_led_pin = 49\n", 3, "device.status_led_pin", "49 is outside 0..48");
            ConfigErrorAssert.Fails(Esp32 + "status_led_pin = x\n", 3, "device.status_led_pin", "'x' is not a whole number");
        }

        [TestMethod]
        public static void TheLedAndTheButtonNeedTwoGpios()
        {
            ConfigErrorAssert.Fails(
                Esp32 + "status_led_pin = 0\n",
                3,
                "device.status_led_pin",
                "GPIO 0 is both the status LED (device.status_led_pin) and the provisioning button (provisioning.button_pin): give each its own GPIO");
            ConfigErrorAssert.Fails(Esp32 + Button(2), 4, "provisioning.button_pin", "GPIO 2 is both the status LED");
            ConfigErrorAssert.Fails(Button(5) + Esp32 + "status_led_pin = 5\n", 5, "device.status_led_pin", "GPIO 5 is both");
        }

        [TestMethod]
        public static void ASensorCannotShareTheGpioOfTheButtonOrTheLed()
        {
            // On the C3, ADC1 channel 0 is GPIO 0: the default button.
            ConfigErrorAssert.Fails(C3 + Slot(0), 6, "slot.tea.sensor_channel", "channel 0 is GPIO 0 of ESP32-C3: already the provisioning button (provisioning.button_pin): one use per GPIO");
            Assert.AreEqual(0, FirmwareConfig.Parse(C3 + Button(9) + Slot(0)).SlotAt(0).SensorChannel);
            ConfigErrorAssert.Fails(C3 + Button(9) + Slot(2), 8, "slot.tea.sensor_channel", "channel 2 is GPIO 2 of ESP32-C3: already the status LED (device.status_led_pin)");
            ConfigErrorAssert.Fails(Esp32 + "status_led_pin = 32\n" + Slot(4), 6, "slot.tea.sensor_channel", "channel 4 is GPIO 32 of ESP32: already the status LED");
            ConfigErrorAssert.Fails(S3 + Button(1) + Slot(0), 8, "slot.tea.sensor_channel", "channel 0 is GPIO 1 of ESP32-S3: already the provisioning button");
        }

        [TestMethod]
        public static void ChipPinsKnowEachChipsFacts()
        {
            Assert.AreEqual(39, ChipPins.MaxGpio(EspChip.Esp32));
            Assert.AreEqual(48, ChipPins.MaxGpio(EspChip.Esp32S3));
            Assert.AreEqual(21, ChipPins.MaxGpio(EspChip.Esp32C3));
            Assert.AreEqual(7, ChipPins.MaxAdc1Channel(EspChip.Esp32));
            Assert.AreEqual(9, ChipPins.MaxAdc1Channel(EspChip.Esp32S3));
            Assert.AreEqual(4, ChipPins.MaxAdc1Channel(EspChip.Esp32C3));
            int[] esp32 = new int[] { 36, 37, 38, 39, 32, 33, 34, 35 };
            for (int channel = 0; channel < esp32.Length; channel++)
            {
                Assert.AreEqual(esp32[channel], ChipPins.Adc1Gpio(EspChip.Esp32, channel));
            }

            Assert.AreEqual(10, ChipPins.Adc1Gpio(EspChip.Esp32S3, 9));
            Assert.AreEqual(4, ChipPins.Adc1Gpio(EspChip.Esp32C3, 4));
            Assert.AreEqual(-1, ChipPins.Adc1Gpio(EspChip.Esp32C3, 5));
            Assert.IsTrue(ChipPins.IsInputOnly(EspChip.Esp32, 34), "ESP32 GPIO 34");
            Assert.IsFalse(ChipPins.IsInputOnly(EspChip.Esp32S3, 34), "S3 GPIO 34");
            Assert.IsFalse(ChipPins.HasGpio(EspChip.Esp32, 28), "ESP32 GPIO 28");
            Assert.IsTrue(ChipPins.HasGpio(EspChip.Esp32S3, 26), "S3 GPIO 26");
        }

        [TestMethod]
        public static void TheSummaryNamesRegionChipAndLed()
        {
            string summary = FirmwareConfig.Parse(C3 + "region = fe\nstatus_led_pin = 7\n" + Button(9)).ToString();
            Assert.Contains(" region=fe ", summary);
            Assert.Contains(" chip=ESP32-C3 led=GPIO7 ", summary);
        }
    }
}
