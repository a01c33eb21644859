namespace DeviceFirmware.Config
{
    /// <summary>The Espressif chip the firmware runs on (device.chip): it decides which GPIO numbers and ADC1 channels exist.</summary>
    public enum EspChip
    {
        /// <summary>The classic ESP32 (device.chip = ESP32, the default): GPIO 0..39, ADC1 channels 0..7 on GPIO 36 37 38 39 32 33 34 35.</summary>
        Esp32,

        /// <summary>ESP32-S3 (device.chip = ESP32-S3): GPIO 0..21 and 26..48, ADC1 channels 0..9 on GPIO 1..10.</summary>
        Esp32S3,

        /// <summary>ESP32-C3 (device.chip = ESP32-C3): GPIO 0..21, ADC1 channels 0..4 on GPIO 0..4.</summary>
        Esp32C3,
    }
}
