namespace DeviceFirmware.Provisioning
{
    /// <summary>The button that opens the provisioning window with a long press (port; device: a GPIO input).</summary>
    public interface IProvisioningButton
    {
        /// <summary>True while the button is held down.</summary>
        bool IsPressed { get; }
    }
}
