using System;
using DeviceFirmware.Auth;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// The ESP32 hardware RNG, which nanoFramework's <see cref="Random"/> calls (esp_random).
    /// It is truly random only while the Wi-Fi or Bluetooth radio runs, so it refuses to give
    /// bytes until a radio adapter reports that its radio has started (<see cref="BleGattPeripheral"/>
    /// once it advertises, <see cref="WifiStation"/> once it has joined a network).
    /// </summary>
    public sealed class HardwareRandomSource : IRandomSource
    {
        private readonly Random _random = new Random();
        private bool _radioStarted;

        /// <summary>Called once the BLE or Wi-Fi radio is up.</summary>
        public void OnRadioStarted()
        {
            _radioStarted = true;
        }

        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            if (!_radioStarted)
            {
                throw new InvalidOperationException("hardware RNG used before a radio started: its output would be pseudo-random");
            }

            _random.NextBytes(buffer);
        }
    }
}
