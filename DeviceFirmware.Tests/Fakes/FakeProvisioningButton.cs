using DeviceFirmware.Provisioning;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A button the test presses and releases.</summary>
    public sealed class FakeProvisioningButton : IProvisioningButton
    {
        /// <inheritdoc />
        public bool IsPressed { get; set; }
    }
}
