using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>Counts factory resets.</summary>
    public sealed class RecordingFactoryReset : IFactoryReset
    {
        /// <summary>Number of erasures.</summary>
        public int EraseCount { get; private set; }

        /// <inheritdoc />
        public void EraseCredentials()
        {
            EraseCount++;
        }
    }
}
