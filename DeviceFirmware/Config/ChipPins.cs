namespace DeviceFirmware.Config
{
    /// <summary>
    /// The pin facts of each <see cref="EspChip"/> that nf.config is checked against (Espressif's ESP-IDF
    /// "GPIO &amp; RTC GPIO" and "ADC" pages; docs/nf-config.md cites them): which GPIO numbers exist, which are
    /// input-only without an internal pull-up, and which GPIO each ADC1 channel is.
    /// </summary>
    public static class ChipPins
    {
        /// <summary>The value of device.chip for the classic ESP32.</summary>
        public const string Esp32Name = "ESP32";

        /// <summary>The value of device.chip for the ESP32-S3.</summary>
        public const string Esp32S3Name = "ESP32-S3";

        /// <summary>The value of device.chip for the ESP32-C3.</summary>
        public const string Esp32C3Name = "ESP32-C3";

        /// <summary>Highest ADC1 channel of any supported chip (9, on the ESP32-S3).</summary>
        public const int MaxAdc1ChannelOfAnyChip = 9;

        /// <summary>Highest GPIO number of any supported chip (48, on the ESP32-S3).</summary>
        public const int MaxGpioOfAnyChip = 48;

        // ADC1 channel n of the classic ESP32 is GPIO Esp32Adc1Gpio[n].
        private static readonly int[] Esp32Adc1Gpio = new int[] { 36, 37, 38, 39, 32, 33, 34, 35 };

        /// <summary>The chip of a device.chip value.</summary>
        /// <param name="name">ESP32, ESP32-S3 or ESP32-C3 (already checked by the schema).</param>
        /// <returns>The chip.</returns>
        public static EspChip Parse(string name)
        {
            if (name == Esp32S3Name)
            {
                return EspChip.Esp32S3;
            }

            return name == Esp32C3Name ? EspChip.Esp32C3 : EspChip.Esp32;
        }

        /// <summary>How nf.config names a chip.</summary>
        /// <param name="chip">The chip.</param>
        /// <returns>ESP32, ESP32-S3 or ESP32-C3.</returns>
        public static string NameOf(EspChip chip)
        {
            switch (chip)
            {
                case EspChip.Esp32S3:
                    return Esp32S3Name;
                case EspChip.Esp32C3:
                    return Esp32C3Name;
                default:
                    return Esp32Name;
            }
        }

        /// <summary>Highest GPIO number of a chip: ESP32 39, ESP32-S3 48, ESP32-C3 21.</summary>
        /// <param name="chip">The chip.</param>
        /// <returns>The number.</returns>
        public static int MaxGpio(EspChip chip)
        {
            switch (chip)
            {
                case EspChip.Esp32S3:
                    return 48;
                case EspChip.Esp32C3:
                    return 21;
                default:
                    return 39;
            }
        }

        /// <summary>Highest ADC1 channel of a chip: ESP32 7, ESP32-S3 9, ESP32-C3 4.</summary>
        /// <param name="chip">The chip.</param>
        /// <returns>The channel.</returns>
        public static int MaxAdc1Channel(EspChip chip)
        {
            switch (chip)
            {
                case EspChip.Esp32S3:
                    return 9;
                case EspChip.Esp32C3:
                    return 4;
                default:
                    return 7;
            }
        }

        /// <summary>The GPIO numbers inside 0..<see cref="MaxGpio"/> that the chip does not have, for messages.</summary>
        /// <param name="chip">The chip.</param>
        /// <returns>"24 28 29 30 31" (ESP32), "22 23 24 25" (ESP32-S3), or an empty string (ESP32-C3).</returns>
        public static string MissingGpios(EspChip chip)
        {
            switch (chip)
            {
                case EspChip.Esp32S3:
                    return "22 23 24 25";
                case EspChip.Esp32C3:
                    return string.Empty;
                default:
                    return "24 28 29 30 31";
            }
        }

        /// <summary>True when the chip has this GPIO (ESP32: not 24 or 28..31; GPIO 20 exists on the ESP32-PICO-V3 package only; ESP32-S3: not 22..25).</summary>
        /// <param name="chip">The chip.</param>
        /// <param name="gpio">A GPIO number.</param>
        /// <returns>Whether it exists.</returns>
        public static bool HasGpio(EspChip chip, int gpio)
        {
            if (gpio < 0 || gpio > MaxGpio(chip))
            {
                return false;
            }

            switch (chip)
            {
                case EspChip.Esp32S3:
                    return gpio < 22 || gpio > 25;
                case EspChip.Esp32C3:
                    return true;
                default:
                    return gpio != 24 && (gpio < 28 || gpio > 31);
            }
        }

        /// <summary>True for a GPIO that can only be an input and has no internal pull-up or pull-down (ESP32 GPIO 34..39).</summary>
        /// <param name="chip">The chip.</param>
        /// <param name="gpio">A GPIO number.</param>
        /// <returns>Whether it is input-only.</returns>
        public static bool IsInputOnly(EspChip chip, int gpio)
        {
            return chip == EspChip.Esp32 && gpio >= 34 && gpio <= 39;
        }

        /// <summary>The GPIO of an ADC1 channel (ESP32: 36 37 38 39 32 33 34 35; ESP32-S3: channel + 1; ESP32-C3: the channel itself).</summary>
        /// <param name="chip">The chip.</param>
        /// <param name="channel">0..<see cref="MaxAdc1Channel"/>.</param>
        /// <returns>The GPIO number, or -1 when the chip has no such channel.</returns>
        public static int Adc1Gpio(EspChip chip, int channel)
        {
            if (channel < 0 || channel > MaxAdc1Channel(chip))
            {
                return -1;
            }

            switch (chip)
            {
                case EspChip.Esp32S3:
                    return channel + 1;
                case EspChip.Esp32C3:
                    return channel;
                default:
                    return Esp32Adc1Gpio[channel];
            }
        }
    }
}
