// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattClientNotificationResult as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattClientNotificationResult.cs). Only the type: the return type of GattLocalCharacteristic.NotifyValue.
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattClientNotificationResult
    {
        private GattClientNotificationResult() { }
    }
}
