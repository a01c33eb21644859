// Contract of System.Device.Adc.AdcControllerBase as declared in NuGet nanoFramework.System.Device.Adc 1.1.24 (nanoframework/System.Device.Adc System.Device.Adc/AdcControllerBase.cs). Only the members the firmware uses.
namespace System.Device.Adc
{
    public abstract class AdcControllerBase
    {
        public abstract AdcChannel OpenChannel(int channelNumber);

        public abstract int MaxValue { get; }
    }
}
