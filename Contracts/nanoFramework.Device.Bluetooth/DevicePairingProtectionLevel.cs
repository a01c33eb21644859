// Contract of nanoFramework.Device.Bluetooth.DevicePairingProtectionLevel as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/Security/DevicePairingProtectionLevel.cs).
namespace nanoFramework.Device.Bluetooth
{
    public enum DevicePairingProtectionLevel
    {
        Default = 0,
        None = 1,
        Encryption = 2,
        EncryptionAndAuthentication = 3
    }
}
