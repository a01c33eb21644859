namespace DeviceFirmware.Config
{
    /// <summary>
    /// Checks the pins of nf.config against device.chip (<see cref="ChipPins"/>): the provisioning button and
    /// the status LED must be GPIOs the chip has, the button not an input-only pin (it needs the internal
    /// pull-up), the LED not an input-only pin (it must drive), the two not the same GPIO; every slot's
    /// sensor_channel must be an ADC1 channel of the chip whose GPIO is neither the button nor the LED.
    /// Errors name the key the file set and its line (docs/nf-config.md, Chips and pins).
    /// </summary>
    public static class BoardPinReader
    {
        /// <summary>Checks the button and LED pins.</summary>
        /// <param name="values">The file's checked values.</param>
        /// <param name="chip">device.chip.</param>
        /// <exception cref="ConfigException">The first problem found.</exception>
        public static void CheckPins(ConfigValues values, EspChip chip)
        {
            int button = values.GetInteger(FirmwareConfigSchema.ProvisioningButtonPin);
            int led = values.GetInteger(FirmwareConfigSchema.DeviceStatusLedPin);
            ThrowIf(values, FirmwareConfigSchema.ProvisioningButtonPin,
                PinProblem(chip, button, "is input-only without an internal pull-up (GPIO 34..39): the button needs the pull-up: choose another GPIO"));
            ThrowIf(values, FirmwareConfigSchema.DeviceStatusLedPin,
                PinProblem(chip, led, "is input-only (GPIO 34..39): it cannot drive the LED"));
            if (button == led)
            {
                // Name the key the file set: the LED's unless only the button was written.
                ConfigKey culprit = values.LineNumberOf(FirmwareConfigSchema.DeviceStatusLedPin) == 0 ? FirmwareConfigSchema.ProvisioningButtonPin : FirmwareConfigSchema.DeviceStatusLedPin;
                ThrowIf(values, culprit, "GPIO " + led + " is both the status LED (device.status_led_pin) and the provisioning button (provisioning.button_pin): give each its own GPIO");
            }
        }

        /// <summary>Checks every slot's sensor_channel against the chip and the button and LED pins.</summary>
        /// <param name="values">The file's checked values.</param>
        /// <param name="chip">device.chip.</param>
        /// <exception cref="ConfigException">The first problem found, in file order.</exception>
        public static void CheckSlots(ConfigValues values, EspChip chip)
        {
            int button = values.GetInteger(FirmwareConfigSchema.ProvisioningButtonPin);
            int led = values.GetInteger(FirmwareConfigSchema.DeviceStatusLedPin);
            int max = ChipPins.MaxAdc1Channel(chip);
            ConfigSectionInstance[] instances = values.InstancesOf(FirmwareConfigSchema.Slots);
            for (int i = 0; i < instances.Length; i++)
            {
                int channel = instances[i].Values.GetInteger(FirmwareConfigSchema.SlotSensorChannel);
                string problem = null;
                if (channel > max)
                {
                    problem = channel + " is outside 0.." + max + ": the ADC1 channels of " + ChipPins.NameOf(chip) + " (device.chip)";
                }
                else
                {
                    int gpio = ChipPins.Adc1Gpio(chip, channel);
                    string onChip = "channel " + channel + " is GPIO " + gpio + " of " + ChipPins.NameOf(chip) + ": ";
                    if (gpio == button)
                    {
                        problem = onChip + "already the provisioning button (provisioning.button_pin): one use per GPIO";
                    }
                    else if (gpio == led)
                    {
                        problem = onChip + "already the status LED (device.status_led_pin): one use per GPIO";
                    }
                }

                if (problem != null)
                {
                    throw new ConfigException(
                        instances[i].Values.LineNumberOf(FirmwareConfigSchema.SlotSensorChannel),
                        instances[i].QualifiedName(FirmwareConfigSchema.SlotSensorChannel),
                        problem);
                }
            }
        }

        /// <summary>What is wrong with a GPIO number on a chip, or null when the chip has it.</summary>
        /// <param name="chip">The chip.</param>
        /// <param name="gpio">The number.</param>
        /// <returns>The problem, or null.</returns>
        public static string GpioProblem(EspChip chip, int gpio)
        {
            int max = ChipPins.MaxGpio(chip);
            if (gpio < 0 || gpio > max)
            {
                return gpio + " is outside 0.." + max + ": the GPIO numbers of " + ChipPins.NameOf(chip) + " (device.chip)";
            }

            if (!ChipPins.HasGpio(chip, gpio))
            {
                return ChipPins.NameOf(chip) + " has no GPIO " + gpio + " (it lacks " + ChipPins.MissingGpios(chip) + ")";
            }

            return null;
        }

        // A GPIO the chip lacks, or an input-only one (what that rules out is the caller's words).
        private static string PinProblem(EspChip chip, int gpio, string inputOnlyProblem)
        {
            string problem = GpioProblem(chip, gpio);
            if (problem == null && ChipPins.IsInputOnly(chip, gpio))
            {
                problem = "GPIO " + gpio + " of " + ChipPins.NameOf(chip) + " " + inputOnlyProblem;
            }

            return problem;
        }

        private static void ThrowIf(ConfigValues values, ConfigKey key, string problem)
        {
            if (problem != null)
            {
                throw new ConfigException(values.LineNumberOf(key), key.QualifiedName, problem);
            }
        }
    }
}
