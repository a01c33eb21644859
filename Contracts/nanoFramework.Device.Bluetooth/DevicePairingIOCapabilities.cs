// Contract of nanoFramework.Device.Bluetooth.DevicePairingIOCapabilities as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/Security/DevicePairingIOCapabilities.cs).
namespace nanoFramework.Device.Bluetooth
{
    public enum DevicePairingIOCapabilities
    {
        DisplayOnly = 0,
        DisplayYesNo = 1,
        KeyboardOnly = 2,
        NoInputNoOutput = 3,
        KeyboardDisplay = 4
    }
}
