// Contract of System.Device.Adc.AdcChannel as declared in NuGet nanoFramework.System.Device.Adc 1.1.24 (nanoframework/System.Device.Adc System.Device.Adc/AdcChannel.cs). Only the members the firmware uses; the real constructor is internal (channels come from AdcController.OpenChannel).
namespace System.Device.Adc
{
    public class AdcChannel : AdcChannelBase, IDisposable
    {
        internal AdcChannel() { throw null; }

        public override int ReadValue() { throw null; }

        public void Dispose() { throw null; }
    }
}
