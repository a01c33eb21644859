// Contract of System.Device.Gpio.GpioPin as declared in NuGet nanoFramework.System.Device.Gpio 1.1.57 (nanoframework/System.Device.Gpio System.Device.Gpio/GpioPin.cs).
namespace System.Device.Gpio
{
    public sealed class GpioPin : IDisposable
    {
        private GpioPin() { }

        public PinValue Read() { throw null; }

        public void Write(PinValue value) { throw null; }

        public void Dispose() { throw null; }
    }
}
