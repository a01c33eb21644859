using DeviceFirmware.Cloud.Data;

namespace DeviceFirmware.Cloud.Devices;

/// <summary>One device on the My devices page.</summary>
/// <param name="Device">The device row.</param>
/// <param name="SignedIn">Whether tokens are held (registered with DRS).</param>
/// <param name="Slots">Its slots.</param>
public sealed record DeviceView(Device Device, bool SignedIn, IReadOnlyList<SlotView> Slots)
{
    /// <summary>The registration state in plain words.</summary>
    public string State => SignedIn ? "Registered with Amazon: orders are placed when supply runs low"
        : Device.SignInRequired ? "Sign in again: Amazon no longer accepts this device's sign-in"
        : "Not signed in with Amazon yet: no orders can be placed";
}
