// Contract of System.Device.Adc.AdcChannelBase as declared in NuGet nanoFramework.System.Device.Adc 1.1.24 (nanoframework/System.Device.Adc System.Device.Adc/AdcChannelBase.cs). Only the members the firmware uses.
namespace System.Device.Adc
{
    public abstract class AdcChannelBase
    {
        public abstract int ReadValue();
    }
}
