namespace DeviceFirmware.Tests.Config
{
    /// <summary>
    /// The text of the repository's /board.nf.config (the example for a real board, Amazon's endpoints via
    /// device.region), kept here because the device test runner cannot read files. A host test checks that
    /// the two stay identical.
    /// </summary>
    public static class BoardSampleConfig
    {
        /// <summary>Exactly the content of /board.nf.config (LF line endings).</summary>
        public const string Text =
            "# board.nf.config: an example nf.config for a real board (an ESP32-DevKitC) talking to Amazon's\n" +
            "# production endpoints. Every key, default, limit and error: docs/nf-config.md.\n" +
            "# Copy this file, fix every line marked REPLACE below, then deploy your copy:\n" +
            "#   dotnet pwsh ./flash.ps1 -SerialPort COM3 -ConfigFile my-board.nf.config\n" +
            "# The values marked REPLACE are placeholders that parse (so this file is checked by the tests) but\n" +
            "# are wrong for any real product: a device flashed with them publishes a model ID Amazon does not know.\n" +
            "# No secrets here: tokens and Wi-Fi credentials come over BLE and never live in this file.\n" +
            "# Full-line comments only (they start with # or ;).\n" +
            "\n" +
            "[device]\n" +
            "# REPLACE: the DRS device model ID from the Dash Replenishment developer console (1..64 of A-Z a-z 0-9 - + _).\n" +
            "model = REPLACE_ME_model_id\n" +
            "# mac = derive the serial from the chip's MAC at boot (one per unit, nothing to replace).\n" +
            "serial = mac\n" +
            "# Amazon region the device is sold in: na (North America), eu (Europe) or fe (Far East).\n" +
            "# It picks the LWA token URL (na api.amazon.com, eu api.amazon.co.uk, fe api.amazon.co.jp) and the\n" +
            "# DRS host (dash-replenishment-service-na.amazon.com for every region: the only one Amazon documents).\n" +
            "# REPLACE if you sell outside North America, and confirm the hosts with Amazon (docs/amazon-setup.md section 5).\n" +
            "region = na\n" +
            "# The chip of the board: ESP32 (default), ESP32-S3 or ESP32-C3. Pins and ADC1 channels are checked against it.\n" +
            "chip = ESP32\n" +
            "# GPIO of the status LED (lit when high). 2 is the on-board LED of most ESP32 DevKit boards.\n" +
            "# REPLACE on an S3 or C3 DevKit (their on-board LED is an addressable RGB LED a GPIO level cannot drive):\n" +
            "# wire an LED with a resistor to a free GPIO and write its number here.\n" +
            "status_led_pin = 2\n" +
            "\n" +
            "# No [lwa] or [drs] section: device.region sets both endpoints. An explicit lwa.token_url or\n" +
            "# drs.base_url would win over the region (docs/nf-config.md, Region and endpoints).\n" +
            "\n" +
            "[pkce]\n" +
            "# S256, exact case: the only method for a real device (plain publishes the verifier itself).\n" +
            "method = S256\n" +
            "# Length of the PKCE code verifier: 43..128.\n" +
            "verifier_length = 64\n" +
            "\n" +
            "[provisioning]\n" +
            "# Minutes the BLE provisioning window stays open after an unprovisioned boot or a long press: 1..60.\n" +
            "window_minutes = 10\n" +
            "# GPIO of the button that opens the window (to GND; the internal pull-up is used, so not GPIO 34..39 on an ESP32).\n" +
            "# 0 is the BOOT button of the ESP32-DevKitC. REPLACE with your product's button; on an ESP32-C3-DevKitM-1 BOOT is 9.\n" +
            "button_pin = 0\n" +
            "# Seconds the button must be held: 2..30.\n" +
            "long_press_seconds = 5\n" +
            "# BLE name: auto = DRS- and the last 4 characters of the serial, or 1..8 of A-Z a-z 0-9 - + _.\n" +
            "device_name = auto\n" +
            "# none = Just Works pairing. A passkey (6 digits) only for a product that shows a per-unit passkey.\n" +
            "passkey = none\n" +
            "# keep = the BLE server stays up during the HTTPS code exchange; stop if TLS runs out of memory on your board.\n" +
            "ble_during_exchange = keep\n" +
            "\n" +
            "[slot.supply]\n" +
            "# One section per consumable: [slot.<name>], name 1..16 of a-z 0-9 _; at most 8.\n" +
            "# REPLACE: the DRS slot ID of this consumable from the developer console.\n" +
            "slot_id = REPLACE_ME_slot_id\n" +
            "# ADC1 channel of the sensor. On an ESP32: 0..7 = GPIO 36 37 38 39 32 33 34 35; channel 4 is GPIO 32.\n" +
            "# REPLACE with the channel your sensor is wired to (ESP32-S3: 0..9 = GPIO 1..10; ESP32-C3: 0..4 = GPIO 0..4).\n" +
            "sensor_channel = 4\n" +
            "# REPLACE: calibrate with the real sensor: the raw reading (0..4095) of an empty and of a full slot.\n" +
            "# Keep both away from 0 and 4095 so that a broken or shorted sensor reads out of range, never empty.\n" +
            "raw_empty = 300\n" +
            "raw_full = 3700\n" +
            "# Low at or below low_percent; re-armed at or above refill_percent (above low_percent: hysteresis).\n" +
            "low_percent = 20\n" +
            "refill_percent = 60\n" +
            "# Consecutive readings that confirm low (and refilled), and seconds between readings.\n" +
            "low_readings = 3\n" +
            "sample_seconds = 60\n" +
            "# REPLACE: a full slot in unit, for DRS slot status (1..1000000).\n" +
            "original_quantity = 1000\n" +
            "unit = g\n";
    }
}
