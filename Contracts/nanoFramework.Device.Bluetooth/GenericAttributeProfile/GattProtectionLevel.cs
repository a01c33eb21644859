// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattProtectionLevel as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattProtectionLevel.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public enum GattProtectionLevel
    {
        Plain = 0,
        AuthenticationRequired = 1,
        EncryptionRequired = 2,
        EncryptionAndAuthenticationRequired = 3
    }
}
