using System;
using System.Device.Gpio;
using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// The provisioning button on a GPIO (provisioning.button_pin): input with the internal
    /// pull-up, pressed when the pin reads low, as the BOOT button (GPIO 0) of ESP32 boards is wired.
    /// </summary>
    public sealed class ProvisioningButton : IProvisioningButton, IDisposable
    {
        private readonly GpioController _controller;
        private readonly GpioPin _pin;

        /// <summary>Opens the pin.</summary>
        /// <param name="pinNumber">The GPIO number (provisioning.button_pin).</param>
        public ProvisioningButton(int pinNumber)
        {
            _controller = new GpioController();
            _pin = _controller.OpenPin(pinNumber, PinMode.InputPullUp);
        }

        /// <inheritdoc />
        public bool IsPressed
        {
            get { return (int)_pin.Read() == 0; }
        }

        /// <summary>Releases the pin and its controller.</summary>
        public void Dispose()
        {
            _pin.Dispose();
            _controller.Dispose();
        }
    }
}
