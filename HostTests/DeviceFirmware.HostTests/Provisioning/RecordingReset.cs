using DeviceFirmware.Provisioning;

namespace DeviceFirmware.HostTests.Provisioning
{
    internal sealed class RecordingReset : IFactoryReset
    {
        public int Erasures { get; private set; }

        public void EraseCredentials() => Erasures++;
    }
}
