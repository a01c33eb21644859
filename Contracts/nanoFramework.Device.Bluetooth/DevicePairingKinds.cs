// Contract of nanoFramework.Device.Bluetooth.DevicePairingKinds as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth "nanoFramework.Device.Bluetooth/Security/DevicePairingKinds .cs").
namespace nanoFramework.Device.Bluetooth
{
    public enum DevicePairingKinds
    {
        None,
        ConfirmOnly = 1,
        DisplayPin = 2,
        ProvidePin = 4,
        ConfirmPinMatch = 8,
    }
}
