// Contract of nanoFramework.Device.Bluetooth.GenericAttributeProfile.GattServiceProviderResult as declared in NuGet nanoFramework.Device.Bluetooth 1.1.115 (nanoframework/nanoFramework.Device.Bluetooth nanoFramework.Device.Bluetooth/GenericAttributeProfile/GattServiceProviderResult.cs; its IGattServiceProviderResult interface is not declared).
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    public class GattServiceProviderResult
    {
        private GattServiceProviderResult() { }

        public BluetoothError Error { get { throw null; } }

        public GattServiceProvider ServiceProvider { get { throw null; } }
    }
}
