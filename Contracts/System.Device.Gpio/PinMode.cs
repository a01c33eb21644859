// Contract of System.Device.Gpio.PinMode as declared in NuGet nanoFramework.System.Device.Gpio 1.1.57 (nanoframework/System.Device.Gpio System.Device.Gpio/PinMode.cs).
namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown
    }
}
