// Contract of System.Device.Gpio.GpioController as declared in NuGet nanoFramework.System.Device.Gpio 1.1.57 (nanoframework/System.Device.Gpio System.Device.Gpio/GpioController.cs).
namespace System.Device.Gpio
{
    public sealed class GpioController : IDisposable
    {
        public GpioController() { throw null; }

        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw null; }

        public void Dispose() { throw null; }
    }
}
