// Contract of System.Device.Adc.AdcController as declared in NuGet nanoFramework.System.Device.Adc 1.1.24 (nanoframework/System.Device.Adc System.Device.Adc/AdcController.cs, the AdcControllerBase-derived version). Only the members the firmware uses.
namespace System.Device.Adc
{
    public class AdcController : AdcControllerBase
    {
        public AdcController() { throw null; }

        public override int MaxValue { get { throw null; } }

        public override AdcChannel OpenChannel(int channelNumber) { throw null; }
    }
}
