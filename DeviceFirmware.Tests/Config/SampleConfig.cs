namespace DeviceFirmware.Tests.Config
{
    /// <summary>
    /// The text of the repository's /nf.config (the local sandbox setup), kept here because the
    /// device test runner cannot read files. A host test checks that the two stay identical.
    /// </summary>
    public static class SampleConfig
    {
        /// <summary>Exactly the content of /nf.config (LF line endings).</summary>
        public const string Text =
            "# nf.config: configuration of DeviceFirmware (every key, default and limit: docs/nf-config.md).\n" +
            "# This copy targets the local LWA + DRS sandbox on 127.0.0.1:5000.\n" +
            "# Secrets (tokens, Wi-Fi credentials) never live in this file.\n" +
            "# Full-line comments only (they start with # or ;): a value may contain '#'.\n" +
            "\n" +
            "[device]\n" +
            "# DRS device model ID from the Dash Replenishment developer console (1..64 of A-Z a-z 0-9 - + _).\n" +
            "# A real device uses the model ID Amazon registered for the appliance.\n" +
            "model = DeviceFirmwareSim\n" +
            "# mac = derive the serial from the chip's MAC at boot (default); or a literal serial, same rule as model.\n" +
            "serial = mac\n" +
            "\n" +
            "[lwa]\n" +
            "# A real device uses the default: token_url = https://api.amazon.com/auth/o2/token\n" +
            "# http is accepted only for loopback hosts (127.0.0.1 localhost [::1]).\n" +
            "token_url = http://127.0.0.1:5000/auth/o2/token\n" +
            "\n" +
            "[drs]\n" +
            "# A real device uses the default: base_url = https://dash-replenishment-service-na.amazon.com\n" +
            "base_url = http://127.0.0.1:5000\n" +
            "\n" +
            "[pkce]\n" +
            "# S256 (default; a real device uses it) or plain, exact case.\n" +
            "method = S256\n" +
            "# Length of the PKCE code verifier: 43..128 (default 43).\n" +
            "verifier_length = 43\n" +
            "\n" +
            "[provisioning]\n" +
            "# BLE provisioning (docs/provisioning-protocol.md). Minutes the window stays open: 1..60 (default 10).\n" +
            "window_minutes = 10\n" +
            "# GPIO of the button that opens the window (pressed = low, internal pull-up): 0..48.\n" +
            "# Default 0: the BOOT button of most ESP32 development boards.\n" +
            "button_pin = 0\n" +
            "# Seconds the button must be held: 2..30 (default 5).\n" +
            "long_press_seconds = 5\n" +
            "# BLE name, 1..8 of A-Z a-z 0-9 - + _ (name and service UUID then share one 31-byte advertisement);\n" +
            "# auto = DRS- and the last 4 characters of the serial (default).\n" +
            "device_name = auto\n" +
            "# none = Just Works pairing (default). 6 digits = passkey pairing, only for a product that shows\n" +
            "# the passkey on its display or label.\n" +
            "passkey = none\n" +
            "# While the authorization code is exchanged over HTTPS: keep = the BLE server stays up (default);\n" +
            "# stop = it stops to free memory for TLS and advertises again afterwards (the app reconnects for the outcome).\n" +
            "ble_during_exchange = keep\n" +
            "\n" +
            "[slot.coffee]\n" +
            "# One section per supply slot: [slot.<name>], name 1..16 of a-z 0-9 _; at most 8 slots.\n" +
            "# The DRS slot ID from the Dash Replenishment developer console (the local sandbox's slot is slot1).\n" +
            "slot_id = slot1\n" +
            "# ADC1 channel of the slot's sensor: 0..7 (GPIO 36 37 38 39 32 33 34 35). ADC2 is unusable while Wi-Fi is on.\n" +
            "sensor_channel = 0\n" +
            "# Calibration: the raw reading (0..4095 on the ESP32) of an empty slot and of a full one, either order.\n" +
            "# Keep both away from 0 and 4095 so that a broken or shorted sensor reads out of range, never empty.\n" +
            "raw_empty = 400\n" +
            "raw_full = 3600\n" +
            "# Low at or below low_percent (default 20); re-armed at or above refill_percent (default 60, above low).\n" +
            "low_percent = 20\n" +
            "refill_percent = 60\n" +
            "# Consecutive readings that confirm low (and refilled): 1..20 (default 3). Seconds between readings (default 60).\n" +
            "low_readings = 3\n" +
            "sample_seconds = 60\n" +
            "# A full slot, in unit, for DRS slot status (quantity 1..1000000, unit default count).\n" +
            "original_quantity = 500\n" +
            "unit = g\n";
    }
}
