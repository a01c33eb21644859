// Contract of System.Device.Gpio.PinValue as declared in NuGet nanoFramework.System.Device.Gpio 1.1.57 (nanoframework/System.Device.Gpio System.Device.Gpio/PinValue.cs).
namespace System.Device.Gpio
{
    public readonly struct PinValue
    {
        public static PinValue High { get { throw null; } }

        public static PinValue Low { get { throw null; } }

        public static explicit operator int(PinValue value) { throw null; }
    }
}
