// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattSessionStatus as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattSessionStatus.cs).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public enum GattSessionStatus
    {
        Closed = 0,
        Active = 1
    }
}
